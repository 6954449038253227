import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Register a lot (console, without JavaScript): the search of my stock for inputs, the preview with the
 * declaration version that will apply, the save; bad input comes back by field with nothing stored.
 * The same walk in Chromium, up to the scan page, is in console-office-browser.test.ts.
 */

const MARKUP = `<script>alert("x")</script><img src=x onerror=alert(1)>&'"`;
/** The markup is on the page, escaped, and nowhere as markup. */
function clean(body: string) {
  expect(body).not.toContain('<script>alert');
  expect(body).not.toContain('<img src=x');
  expect(body).toContain(
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&#39;&quot;',
  );
}

let h: Harness;
let c: ConsoleClient;
let rideOnId: string;
let factoryId: string;

/** The option value of a select's option whose text contains `text`. */
function optionValue(body: string, name: string, text: string): string {
  const select = new RegExp(`<select id="f-${name}" name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(body)![1];
  const m = [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].find((o) => o[2].includes(text));
  if (!m) throw new Error(`no option ${text} in ${name}`);
  return m[1];
}

/** The form's fields as posted: every hidden and text input of the form, selects by their selected option. */
function fieldsOf(body: string): Record<string, string> {
  const form = /<form method="post" action="\/console\/lots\/new"[\s\S]*<\/form>/.exec(body)![0];
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input id="[^"]*" name="([^"]+)" type="(?:text|search)" value="([^"]*)"/g))
    out[m[1]] = decode(m[2]);
  for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  for (const m of form.matchAll(/<select id="[^"]*" name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    out[m[1]] = /<option value="([^"]*)" selected>/.exec(m[2])?.[1] ?? '';
  }
  return out;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function lotCount(): Promise<number> {
  const [r] = await h.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from lot');
  return Number(r.n);
}

beforeAll(async () => {
  h = await startDemoHarness();
  c = new ConsoleClient(h.http.app);
  await c.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
  const page = await c.get('/console/lots/new');
  expect(page.statusCode).toBe(200);
  rideOnId = optionValue(page.body, 'product', DEMO_LOTS.rideOnToy.gtin);
  factoryId = optionValue(page.body, 'location', '工厂');
}, 120_000);
afterAll(() => h?.close());

/** The form filled for a ride-on toy lot; `more` overrides. */
const base = (more: Record<string, string> = {}) => ({
  product: rideOnId,
  location: factoryId,
  lotNumber: 'RT2410Z',
  producedOn: '2024-10-20',
  expiresOn: '',
  quantity: '50',
  unit: 'EACH',
  q: '',
  ...more,
});

describe('register a lot', () => {
  it('finds input lots by typing part of a name or lot number, previews the declaration, and saves', async () => {
    let res = await c.post('/console/lots/new', { ...base({ q: '电池组' }), step: 'search' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('BP2408-12');
    const pack = /name="step" value="add:([^"]+)"[^>]*aria-label="[^"]*BP2408-12/.exec(res.body)![1];
    res = await c.post('/console/lots/new', { ...fieldsOf(res.body), step: `add:${pack}` });
    expect(fieldsOf(res.body)['in.0.lot']).toBe(pack);

    res = await c.post('/console/lots/new', { ...fieldsOf(res.body), q: 'abs24', step: 'search' });
    const abs = /name="step" value="add:([^"]+)"[^>]*aria-label="[^"]*ABS24-0611/.exec(res.body)![1];
    res = await c.post('/console/lots/new', { ...fieldsOf(res.body), step: `add:${abs}` });
    const form: Record<string, string> = { ...fieldsOf(res.body), 'in.0.quantity': '40', 'in.1.quantity': '240' };
    expect(form['in.1.lot']).toBe(abs);

    res = await c.post('/console/lots/new', { ...form, step: 'preview' });
    expect(res.statusCode).toBe(200);
    // The ride-on toy's second declaration took effect on 2024-09-01.
    expect(res.body).toMatch(/id="declaration-version">第 2 版，2024-0[89]-\d\d 起生效/);
    expect(res.body).toContain('Q/ZZTQ 001-2024');
    const before = await lotCount();
    res = await c.post('/console/lots/new', { ...fieldsOf(res.body), step: 'save' });
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    expect(await lotCount()).toBe(before + 1);
    const page = await c.get(res.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('批次已登记');
    expect(page.body).toContain('BP2408-12: 40');
    expect(page.body).toContain('ABS24-0611: 240');
    type Answer = { lot: { declaration: { version: number }; inputs: { input: { lotNumber: string } }[] } };
    const lot = await h.gql<Answer, unknown>(
      `{ lot(gtin: "${DEMO_LOTS.rideOnToy.gtin}", lotNumber: "RT2410Z") {
         declaration { version } inputs { input { lotNumber } } } }`,
    );
    expect(lot.errors).toBeUndefined();
    expect(lot.data!.lot.declaration.version).toBe(2);
    expect(lot.data!.lot.inputs.map((i) => i.input.lotNumber).sort()).toEqual(['ABS24-0611', 'BP2408-12']);
  });

  it('shows the version in force on the production date: an August lot keeps the first', async () => {
    const res = await c.post('/console/lots/new', { ...base({ producedOn: '2024-08-31' }), step: 'preview' });
    expect(res.body).toMatch(/id="declaration-version">第 1 版/);
  });

  it('previews again when the product or date changed after the preview, and saves nothing', async () => {
    const before = await lotCount();
    const res = await c.post('/console/lots/new', {
      ...base({ lotNumber: 'RT2410Y', previewed: `${rideOnId}|2024-08-31` }),
      step: 'save',
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('预览之后产品或生产日期改了');
    expect(await lotCount()).toBe(before);
  });

  it('gives bad input back with each error by its field, what was typed kept, and nothing stored', async () => {
    const before = await lotCount();
    // Local checks: nothing asked of the API.
    const bad = base({ producedOn: '2024-02-30', quantity: '-1' });
    let res = await c.post('/console/lots/new', { ...bad, step: 'preview' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-producedOn-error">日期写作/);
    expect(res.body).toMatch(/id="f-quantity-error">数量要大于 0/);
    expect(res.body).toContain('value="2024-02-30"');

    // The API's checks on save: a lot number too long and an expiry before production, both by their fields.
    res = await c.post('/console/lots/new', {
      ...base({ lotNumber: 'X'.repeat(21), expiresOn: '2024-10-01', previewed: `${rideOnId}|2024-10-20` }),
      step: 'save',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-lotNumber-error">批号是 1 到 20 个/);
    expect(res.body).toMatch(/id="f-expiresOn-error">有效期不能早于生产日期/);
    expect(res.body).toContain(`value="${'X'.repeat(21)}"`);

    // An input beyond what the factory holds: the error next to that input's quantity.
    res = await c.post('/console/lots/new', { ...base({ q: 'BP2408' }), step: 'search' });
    const pack = /value="add:([^"]+)"/.exec(res.body)![1];
    res = await c.post('/console/lots/new', {
      ...base({ lotNumber: 'RT2410X', previewed: `${rideOnId}|2024-10-20` }),
      'in.0.lot': pack,
      'in.0.quantity': '999999',
      step: 'save',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-in.0.quantity-error">生产场所的库存不够/);
    expect(res.body).toContain('value="999999"');
    expect(await lotCount()).toBe(before);
  });

  it('comes back escaped with markup typed in every field, on preview, search and save', async () => {
    const all = {
      product: MARKUP,
      location: MARKUP,
      lotNumber: MARKUP,
      producedOn: MARKUP,
      expiresOn: MARKUP,
      quantity: MARKUP,
      unit: MARKUP,
      q: MARKUP,
      'in.0.lot': MARKUP,
      'in.0.quantity': MARKUP,
      previewed: MARKUP,
    };
    for (const step of ['preview', 'search', 'save', `add:${MARKUP}`, 'remove:0']) {
      const res = await c.post('/console/lots/new', { ...all, step });
      expect([200, 400]).toContain(res.statusCode);
      clean(res.body);
    }
    const before = await lotCount();
    const res = await c.post('/console/lots/new', {
      ...base({ lotNumber: MARKUP, previewed: `${rideOnId}|2024-10-20` }),
      step: 'save',
    });
    expect(res.statusCode).toBe(400);
    clean(res.body);
    expect(await lotCount()).toBe(before);
  });

  it('another organization’s lot is a 404; a VIEWER or a retailer may not register (403)', async () => {
    const other = await h.gql<{ lot: { id: string } }, unknown>(
      `{ lot(gtin: "${DEMO_LOTS.washer.gtin}", lotNumber: "${DEMO_LOTS.washer.lotNumber}") { id } }`,
    );
    expect((await c.get(`/console/lots/${other.data!.lot.id}`)).statusCode).toBe(404);
    const own = await h.gql<{ lot: { id: string } }, unknown>(
      `{ lot(gtin: "${DEMO_LOTS.blocks.gtin}", lotNumber: "${DEMO_LOTS.blocks.lotNumber}") { id } }`,
    );
    expect((await c.get(`/console/lots/${own.data!.lot.id}`)).statusCode).toBe(200);
    const shop = new ConsoleClient(h.http.app);
    await shop.signIn(DEMO_PEOPLE.retailerAdmin.login, DEMO_PEOPLE.retailerAdmin.password);
    expect((await shop.get('/console/lots/new')).statusCode).toBe(403);
  });
});

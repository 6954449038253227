import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The regulators' spot checks on the demo data: the inspector finds the cells lot, records a failing check
 * against the declaration in force, and the result page offers the lot's scope and a recall draft; bad input
 * comes back by field with nothing stored; people of other organizations get the 403 page.
 */
let h: Harness;
let inspector: ConsoleClient;
const { gtin, lotNumber } = DEMO_LOTS.cells;
/** The GTIN as the API answers it (14 digits). */
const gtin14 = gtin.padStart(14, '0');
const step2 = `/console/spot-checks/new?gtin=${gtin}&lot=${encodeURIComponent(lotNumber)}`;

const count = async () => Number((await h.em().execute('select count(*) as n from spot_check'))[0].n);
const options = (body: string, name: string) => {
  const select = new RegExp(`<select id="f-${name}" name="${name}"[\\s\\S]*?</select>`).exec(body)![0];
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]).filter(Boolean);
};
const indicatorKeys = (body: string) => [...body.matchAll(/name="measured\.([^"]+)"/g)].map((m) => m[1]);
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  h = await startDemoHarness();
  inspector = new ConsoleClient(h.http.app);
  await inspector.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
}, 120_000);
afterAll(() => h?.close());

describe('spot checks, for regulators', () => {
  it('finds the lot from a pasted (01)…(10)… text and shows each indicator beside its declared value', async () => {
    const first = await inspector.get('/console/spot-checks/new');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('name="code"');
    const pasted = await inspector.get(
      `/console/spot-checks/new?code=${encodeURIComponent(`(01)${gtin}(10)${lotNumber}`)}`,
    );
    expect(pasted.statusCode).toBe(200);
    expect(pasted.body).toContain(lotNumber);
    expect(pasted.body).toMatch(/第 \d+ 版/);
    expect(indicatorKeys(pasted.body).length).toBeGreaterThan(0);
    expect(options(pasted.body, 'laboratory').length).toBeGreaterThan(0);
    expect(options(pasted.body, 'location').length).toBeGreaterThan(0);
    const unknown = await inspector.get('/console/spot-checks/new?gtin=6901230000126&lot=NO-SUCH-LOT');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('没有这个批次');
  });

  it('records a failing check; the result shows the failure, the scope link and a recall draft', async () => {
    const before = await count();
    const form = await inspector.get(step2);
    const keys = indicatorKeys(form.body);
    const fields: Record<string, string> = {
      gtin,
      lot: lotNumber,
      laboratory: options(form.body, 'laboratory')[0],
      location: options(form.body, 'location')[0],
      sampledOn: today(),
      reportNumber: 'SPOT-2024-0917',
    };
    keys.forEach((k, i) => {
      fields[`measured.${k}`] = i === 0 ? 'fails badly' : 'within limit';
      fields[`passed.${k}`] = i === 0 ? 'no' : 'yes';
      fields[`note.${k}`] = i === 0 ? 'sample 2 of 3' : '';
    });
    const res = await inspector.post('/console/spot-checks/new', fields);
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    expect(await count()).toBe(before + 1);
    const page = await inspector.get(res.headers.location as string);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('有指标不合格');
    expect(page.body).toContain('fails badly');
    expect(page.body).toContain('sample 2 of 3');
    expect(page.body).toContain('SPOT-2024-0917');
    expect(page.body).toContain(`href="/console/scope?kind=LOTS&amp;code=${gtin14}%20${lotNumber}"`);
    expect(page.body).toContain(`href="/console/recalls/new?gtin=${gtin14}&amp;lot=${lotNumber}"`);
    expect(page.body).toContain('打开影响范围');
    const en = await inspector.get(`${res.headers.location as string}?lang=en`);
    expect(en.body).toContain('Open the scope');
    await inspector.get(`${res.headers.location as string}?lang=zh`);
    const scope = await inspector.get(`/console/scope?kind=LOTS&code=${gtin}%20${encodeURIComponent(lotNumber)}`);
    expect(scope.statusCode).toBe(200);
  });

  it('answers bad input with the form again, each error by its field, what was typed escaped, nothing stored', async () => {
    const before = await count();
    const form = await inspector.get(step2);
    const [first, ...rest] = indicatorKeys(form.body);
    const fields: Record<string, string> = {
      gtin,
      lot: lotNumber,
      laboratory: '',
      location: options(form.body, 'location')[0],
      sampledOn: '2024-02-30',
      reportNumber: '<b>R&D</b>',
      [`measured.${first}`]: '',
      [`passed.${first}`]: 'no',
      [`note.${first}`]: '<script>alert(1)</script>',
    };
    for (const k of rest) Object.assign(fields, { [`measured.${k}`]: 'ok', [`passed.${k}`]: 'yes' });
    const res = await inspector.post('/console/spot-checks/new', fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-laboratory-error"/);
    expect(res.body).toMatch(/id="f-sampledOn-error"/);
    expect(res.body).toContain(`id="f-measured.${first}-error"`);
    expect(res.body).not.toContain(`id="f-measured.${rest[0] ?? 'none'}-error"`);
    expect(res.body).toContain('value="&lt;b&gt;R&amp;D&lt;/b&gt;"');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.body).not.toContain('<script>alert(1)');
    expect(res.body).toMatch(/value="no" checked/);
    expect(await count()).toBe(before);
  });

  it("answers the API's refusals (a sample dated before production, a value too long) on their fields, nothing stored", async () => {
    const before = await count();
    const form = await inspector.get(step2);
    const fields: Record<string, string> = {
      gtin,
      lot: lotNumber,
      laboratory: options(form.body, 'laboratory')[0],
      location: options(form.body, 'location')[0],
      sampledOn: '2001-01-01',
    };
    const [first, ...rest] = indicatorKeys(form.body);
    Object.assign(fields, { [`measured.${first}`]: 'x'.repeat(201), [`passed.${first}`]: 'yes' });
    for (const k of rest) Object.assign(fields, { [`measured.${k}`]: 'ok', [`passed.${k}`]: 'yes' });
    const res = await inspector.post('/console/spot-checks/new', fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="f-sampledOn-error"');
    expect(res.body).toContain('抽样日期早于该批次的生产日期');
    // A result's error (input.results.0.measured) lands on that indicator's row.
    expect(res.body).toContain(`<span class="error" id="f-measured.${first}-error">内容为空或过长。</span>`);
    expect(await count()).toBe(before);
  });

  it("gives a retailer's people the 403 page and keeps the entry out of their navigation", async () => {
    const retailer = new ConsoleClient(h.http.app);
    await retailer.signIn(DEMO_PEOPLE.retailerAdmin.login, DEMO_PEOPLE.retailerAdmin.password);
    expect((await retailer.get('/console/spot-checks/new')).statusCode).toBe(403);
    expect((await retailer.get(step2)).statusCode).toBe(403);
    expect((await retailer.post('/console/spot-checks/new', { gtin, lot: lotNumber })).statusCode).toBe(403);
    expect((await retailer.get('/console')).body).not.toContain('/console/spot-checks');
    // The navigation leads to the list of past checks, which links to the form.
    expect((await inspector.get('/console')).body).toContain('href="/console/spot-checks"');
    expect((await inspector.get('/console/spot-checks')).body).toContain('href="/console/spot-checks/new"');
  });
});

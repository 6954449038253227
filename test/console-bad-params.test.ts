import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * A bad query parameter on a console page is a 400 with the form again and the error by its field, never a 500:
 * a value the schema refuses before any resolver runs (an enum value that does not exist), a malformed ID the
 * API names as an input problem, a filter of no existing prefecture. The demo regulator, as a browser would.
 */

let h: Harness;
let reg: ConsoleClient;
let lot = '';
let product = '';

/** The error span of a field (`id="<form>-f-<name>-error"`), its text. */
const fieldError = (body: string, id: string) => new RegExp(`id="${id}-error">([^<]+)<`).exec(body)?.[1];

beforeAll(async () => {
  h = await startDemoHarness();
  const row = async (sql: string) => (await h.em().execute<{ id: string }[]>(sql))[0].id;
  lot = toGlobalId('Lot', await row(`select id from lot where lot_number = '${DEMO_LOTS.cells.lotNumber}'`));
  product = toGlobalId(
    'Product',
    await row(`select product_id as id from lot where lot_number = '${DEMO_LOTS.cells.lotNumber}'`),
  );
  reg = new ConsoleClient(h.http.app);
  await reg.signIn(DEMO_PEOPLE.regulatorInspector.login, DEMO_PEOPLE.regulatorInspector.password);
}, 120_000);
afterAll(() => h?.close());

describe('the scope explorer with a bad filter', () => {
  it('answers a valid root and filters with the page (the baseline)', async () => {
    const res = await reg.get(`/console/scope?lot=${lot}&party=RETAILER&city=4101&hproduct=${product}&lang=en`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('aria-invalid');
  });

  it('refuses a party that does not exist: 400, the filter form again, the error by the party field', async () => {
    const res = await reg.get(`/console/scope?lot=${lot}&party=BOGUS&lang=en`);
    expect(res.statusCode).toBe(400);
    expect(fieldError(res.body, 'h-f-party')).toMatch(/BOGUS/);
    expect(res.body).toContain('id="h-f-party" name="party" aria-invalid="true"');
    expect(fieldError(res.body, 'h-f-city')).toBeUndefined();
    // The rest of the page is the scope without that filter.
    expect(res.body).toContain('data-table="holders"');
  });

  it('refuses a city that is no prefecture, malformed or not existing, by the city field', async () => {
    for (const city of ['9999', '41', 'abcd']) {
      const res = await reg.get(`/console/scope?lot=${lot}&city=${city}&lang=en`);
      expect(res.statusCode, city).toBe(400);
      expect(fieldError(res.body, 'h-f-city'), city).toMatch(/prefecture code/);
    }
  });

  it('refuses a product that is not a product ID, by the product field', async () => {
    const res = await reg.get(`/console/scope?lot=${lot}&hproduct=garbage&lang=en`);
    expect(res.statusCode).toBe(400);
    expect(fieldError(res.body, 'h-f-hproduct')).toMatch(/Product/);
    const lots = await reg.get(`/console/scope?lot=${lot}&lproduct=${lot}&lang=en`);
    expect(lots.statusCode).toBe(400);
    expect(lots.body).toMatch(/role="alert"[^]*Product/);
  });

  it('refuses the same bad filters in the spreadsheet link with a 400 and its reason', async () => {
    for (const bad of ['party=BOGUS', 'city=9999', 'product=garbage']) {
      const res = await reg.get(`/console/scope.csv?lot=${lot}&${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(JSON.parse(res.body).reason, bad).toMatch(/party|city|product/);
    }
    expect((await reg.get(`/console/scope.csv?lot=${lot}&party=RETAILER&city=4101`)).statusCode).toBe(200);
  });

  it('keeps refusing a malformed root on the root forms', async () => {
    const res = await reg.get('/console/scope?lot=garbage&lang=en');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
  });
});

describe('the recall draft page with a bad root or an empty notice', () => {
  it('refuses a lot ID that is not an ID: 400, the problem named by its parameter, no draft form', async () => {
    const res = await reg.get('/console/recalls/new?lotId=garbage&lang=en');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/role="alert"[^]*<li>lotId: Not a valid ID\.<\/li>/);
    expect(res.body).not.toContain('name="rootKind"');
    const unknown = await reg.get(
      `/console/recalls/new?lotId=${toGlobalId('Lot', '00000000-0000-4000-8000-000000000000')}`,
    );
    expect(unknown.statusCode).not.toBe(500);
    expect(unknown.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('puts a missing, malformed or unknown GTIN and lot number on their fields', async () => {
    const empty = await reg.get('/console/recalls/new?gtin=123&lot=&lang=en');
    expect(empty.statusCode).toBe(400);
    expect(fieldError(empty.body, 'find-f-gtin')).toBe('A GTIN is 8 to 14 digits.');
    expect(fieldError(empty.body, 'find-f-lot')).toBe('Required.');
    expect(empty.body).not.toContain('The recall scope has no root.');
    expect(empty.body).toContain('<a href="#find-f-gtin">Product code (GTIN)</a>: A GTIN is 8 to 14 digits.');
    const unknown = await reg.get(`/console/recalls/new?gtin=${DEMO_LOTS.cells.gtin}&lot=NO-SUCH-LOT&lang=en`);
    expect(unknown.statusCode).toBe(400);
    expect(fieldError(unknown.body, 'find-f-lot')).toBe('No such lot.');
    expect(fieldError(unknown.body, 'find-f-gtin')).toBeUndefined();
  });

  it('names each field of an empty draft in the error summary', async () => {
    await reg.get(`/console/recalls/new?lotId=${lot}&lang=en`);
    const res = await reg.post('/console/recalls/new?lang=en', { rootKind: 'LOTS', rootLots: lot });
    expect(res.statusCode).toBe(400);
    const summary = /<div class="errors" role="alert">([^]*?)<\/div>/.exec(res.body)![1];
    const items = [...summary.matchAll(/<li>([^]*?)<\/li>/g)].map((m) => m[1]);
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const item of items) expect(item).toMatch(/^<a href="#f-\w+">[^<]+<\/a>: /);
    expect(summary).toContain('<a href="#f-hazard">Hazard (Chinese)</a>: ');
    expect(summary).toContain('<a href="#f-noticeText">Notice text (Chinese)</a>: ');
  });
});

describe("the regulator's other pages with bad query parameters", () => {
  it('answers each with a page below 500 (the frame maps refused input to 400), never an error page', async () => {
    const paths = [
      '/console/recalls?status=BOGUS',
      '/console/recalls?after=garbage',
      '/console/all-complaints?status=BOGUS&seller=garbage&product=garbage&after=garbage',
      '/console/ledger?day=garbage',
      '/console/ledger/verify?organization=garbage',
      '/console/spot-checks?days=garbage&failed=BOGUS&after=garbage',
      '/console/recalls/new?product=garbage&from=x&to=y',
      '/console/recalls/new?declaration=garbage',
      '/console/recalls/new?producer=garbage',
    ];
    for (const path of paths) {
      const res = await reg.get(path);
      expect(res.statusCode, path).toBeLessThan(500);
    }
  });
});

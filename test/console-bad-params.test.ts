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

  it('keeps refusing a malformed root on the root forms', async () => {
    const res = await reg.get('/console/scope?lot=garbage&lang=en');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('role="alert"');
  });
});

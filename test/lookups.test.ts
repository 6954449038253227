import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Queries that look something up by a printed or typed code (GTIN, lot number, tracking code, credit
 * code, recall number, region code): a malformed argument is an error with a code naming the argument,
 * never a silent null; a well-formed code that matches nothing is null.
 */
let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 60_000);
afterAll(() => h.close());

const toy = DEMO_LOTS.rideOnToy;

async function refusal(query: string) {
  const r = await h.gql(query);
  expect(r.errors, query).toHaveLength(1);
  return { code: r.errors![0].extensions?.code, argument: r.errors![0].extensions?.argumentName, data: r.data };
}

describe('lookups by code', () => {
  it.each([
    [`{ lot(gtin: "${toy.gtin}", lotNumber: "RT 2409/A?") { id } }`, 'INVALID_LOT_NUMBER', 'lotNumber'],
    [`{ lot(gtin: "${toy.gtin}", lotNumber: "") { id } }`, 'INVALID_LOT_NUMBER', 'lotNumber'],
    [`{ lot(gtin: "${toy.gtin}", lotNumber: "RT2409A-IS-FAR-TOO-LONG") { id } }`, 'INVALID_LOT_NUMBER', 'lotNumber'],
    [`{ lot(gtin: "6901230001018", lotNumber: "RT2409A") { id } }`, 'INVALID_GTIN', 'gtin'],
    [`{ product(gtin: "12345") { id } }`, 'INVALID_GTIN', 'gtin'],
    [`{ complaint(trackingCode: "hello") { id } }`, 'INVALID_TRACKING_CODE', 'trackingCode'],
    [`{ complaint(trackingCode: "C12345") { id } }`, 'INVALID_TRACKING_CODE', 'trackingCode'],
    [`{ organization(creditCode: "91410105MA9G7K2L0") { id } }`, 'INVALID_CREDIT_CODE', 'creditCode'],
    [`{ organization(creditCode: "91410105MA9G7K2L0J") { id } }`, 'INVALID_CREDIT_CODE', 'creditCode'],
    [`{ recall(number: "recall 7") { id } }`, 'INVALID_RECALL_NUMBER', 'number'],
    [`{ organizations(regionPrefix: "Henan") { totalCount } }`, 'INVALID_REGION_CODE', 'regionPrefix'],
  ])('%s is refused with %s', async (query, code, argument) => {
    const r = await refusal(query);
    expect(r.code).toBe(code);
    expect(r.argument).toBe(argument);
  });

  it('answers null, without an error, for well-formed codes that match nothing', async () => {
    const r = await h.gql(`{
      lot(gtin: "${toy.gtin}", lotNumber: "RT2409Z") { id }
      product(gtin: "6901234567892") { id }
      complaint(trackingCode: "c-0000-0000-00") { id }
      organization(creditCode: "91410105MA9G7K2L0K") { id }
      recall(number: "rc-2099-0001") { id }
      organizations(regionPrefix: "4199") { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      lot: null,
      product: null,
      complaint: null,
      organization: null,
      recall: null,
      organizations: { totalCount: 0 },
    });
  });

  it('still finds what is written with other case or separators', async () => {
    const r = await h.gql(`{
      lot(gtin: "0${toy.gtin}", lotNumber: "${toy.lotNumber}") { lotNumber }
      organizations(regionPrefix: "4101") { totalCount }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({ lot: { lotNumber: toy.lotNumber } });
    expect((r.data as { organizations: { totalCount: number } }).organizations.totalCount).toBeGreaterThan(0);
  });
});

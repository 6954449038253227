import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS, reloadDemoData } from '../seeds/demo';
import {
  CustodyEventsRecordDocument,
  DemoSpotChecksDocument,
  LotIdDocument,
  RecallActivateDocument,
  RecallByNumberDocument,
  RecallInitiateDocument,
  ViewerSitesDocument,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';

/**
 * Issue 3's walkthrough on the demo data: the regulator sees the failed spot check of a lithium-cell lot,
 * computes its scope (ride-on toys at retailers in several cities), orders the recall, downloads the
 * spreadsheet, and watches progress rise as a retailer records consumer returns.
 */
let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  await reloadDemoData(h.orm);
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.http.app.server.address() as { port: number }).port}`;
}, 60_000);
afterAll(() => h.close());

describe('regulator walkthrough on the demo data', () => {
  let cellLotId: string;
  let recall: { id: string; number: string };

  it('sees the failed spot check and its scope: ride-on toys at retailers in several cities', async () => {
    const r = await h.gql(
      DemoSpotChecksDocument,
      { gtin: DEMO_LOTS.cells.gtin, lotNumber: DEMO_LOTS.cells.lotNumber },
      DEMO_KEYS.REGULATOR,
    );
    cellLotId = r.data!.lot!.id;
    const [check] = r.data!.lot!.spotChecks;
    expect(check.passed).toBe(false);
    expect(check.results.find((x) => !x.passed)?.indicatorKey).toBe('S1');
    const retailToys = check.scope!.holders.nodes.filter(
      (x) => x.party === 'RETAILER' && x.lot.lotNumber.startsWith('RT'),
    );
    expect(new Set(retailToys.map((x) => x.location.region?.city)).size).toBeGreaterThanOrEqual(4);
    expect(check.scope!.byRegion.filter((x) => x.unit === 'EACH').length).toBeGreaterThanOrEqual(4);
  });

  it('orders the recall, activates it and downloads the spreadsheet', async () => {
    const i = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [cellLotId] },
          hazard: '电芯过充保护失效，电动车电池组充电时可能过热起火。',
          gbClause: 'GB 19865-2005 19',
          remedies: ['REPLACE', 'REFUND'],
          consumerInstructions: '请立即停止充电和使用，联系购买门店更换电池组或退货。',
          noticeText: '河南省市场监督管理局责令召回 RT2408C、RT2409A 批次儿童电动车。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    expect(i.data?.recallInitiate.recall?.kind).toBe('ORDERED');
    recall = i.data!.recallInitiate.recall!;
    expect(
      (await h.gql(RecallActivateDocument, { recall: recall.id }, DEMO_KEYS.REGULATOR)).data?.recallActivate.recall
        ?.status,
    ).toBe('ACTIVE');
    const download = (view: string) =>
      fetch(`${base}/exports/scope.csv?recall=${recall.id}&view=${view}`, {
        headers: { authorization: `Bearer ${DEMO_KEYS.REGULATOR}` },
      });
    const holders = await download('holders');
    expect(holders.status).toBe(200);
    const text = await holders.text();
    expect(text).toContain('RT2409A');
    expect(text).toContain('丹尼斯二七店');
    expect(text).toContain('0371-6696 8801');
    expect(text.trim().split('\n')).toHaveLength(16); // the header and 15 holders
    expect((await (await download('events')).text()).split('\n').length).toBeGreaterThan(30);
  });

  it('progress rises as a retailer records consumer returns', async () => {
    const before = (await h.gql(RecallByNumberDocument, { number: recall.number }, DEMO_KEYS.REGULATOR)).data!.recall!
      .progress!;
    const dennis = (await h.gql(ViewerSitesDocument, {}, DEMO_KEYS.RETAILER)).data!.viewer.organization!;
    const erqi = dennis.locations.find((l) => l.name.includes('二七'))!;
    const toy = (await h.gql(LotIdDocument, { gtin: DEMO_LOTS.rideOnToy.gtin, lotNumber: 'RT2409A' })).data!.lot!.id;
    const r = await h.gql(
      CustodyEventsRecordDocument,
      {
        input: {
          idempotencyKey: 'recall-returns-1',
          events: [
            {
              type: 'RETURNED',
              lot: toy,
              location: erqi.id,
              quantity: 5,
              occurredAt: new Date().toISOString(),
              recall: recall.id,
            },
          ],
        },
      },
      DEMO_KEYS.RETAILER,
    );
    expect(r.data?.custodyEventsRecord.errors).toEqual([]);
    const after = (await h.gql(RecallByNumberDocument, { number: recall.number }, DEMO_KEYS.REGULATOR)).data!.recall!
      .progress!;
    expect(after.unitsCorrected).toBe(before.unitsCorrected + 5);
    expect(after.byParty.find((p) => p.party === 'CONSUMER')!.corrected).toBe(5);
    expect(after.correctionRate).toBeGreaterThan(before.correctionRate ?? 0);
  });
});

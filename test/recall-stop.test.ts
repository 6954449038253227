import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import {
  CustodyEventsRecordDocument,
  LotIdDocument,
  LotInputsRecordDocument,
  LotRegisterDocument,
  RecallActivateDocument,
  RecallInitiateDocument,
  RecallNoticesDocument,
  RecallStockDocument,
  type CustodyEventInput,
} from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Issue 11 §3 on the demo data: the regulator's recall of the 18650 cells stops the sale and onward
 * shipment of every lot made from them (battery packs, ride-on toys RT2408C and RT2409A), at every
 * holder; returns upstream, destruction and consumer remedies go on.
 */
let h: Harness;
let recall: { id: string; number: string; activatedAt: Date };
let key = 0;
const ids: Record<string, string> = {};
const record = (apiKey: string, events: CustodyEventInput[]) =>
  h.gql(CustodyEventsRecordDocument, { input: { idempotencyKey: `stop-${++key}`, events } }, apiKey);
const codes = (r: Awaited<ReturnType<typeof record>>) =>
  r.data?.custodyEventsRecord.errors.map((e) => [e.code, e.field?.slice(2).join('.')]);
const eventCount = () => h.em().count('CustodyEvent');
const after = (seconds: number) => new Date(recall.activatedAt.getTime() + seconds * 1000).toISOString();
const sale = (lot: string, location: string, seconds: number): CustodyEventInput => ({
  type: 'SOLD',
  lot,
  location,
  quantity: 1,
  occurredAt: after(seconds),
});
const stockOf = async (apiKey: string, underActiveRecall?: boolean) =>
  (await h.gql(RecallStockDocument, { underActiveRecall }, apiKey)).data!.viewer.organization!.stock!;

beforeAll(async () => {
  const row = async (sql: string) => (await h.em().execute<{ id: string }[]>(sql))[0].id;
  const site = (name: string) => `select id from location where name like '${name}%'`;
  const owner = (name: string) => `select organization_id as id from location where name like '${name}%'`;
  const lot = async (gtin: string, lotNumber: string) =>
    (await h.gql(LotIdDocument, { gtin, lotNumber })).data!.lot!.id;
  h = await startDemoHarness();
  ids.cells = await lot(DEMO_LOTS.cells.gtin, DEMO_LOTS.cells.lotNumber);
  ids.toy = await lot(DEMO_LOTS.rideOnToy.gtin, DEMO_LOTS.rideOnToy.lotNumber);
  ids.washer = await lot(DEMO_LOTS.washer.gtin, DEMO_LOTS.washer.lotNumber);
  ids.blocks = await lot(DEMO_LOTS.blocks.gtin, DEMO_LOTS.blocks.lotNumber);
  ids.pack = toGlobalId('Lot', await row(`select id from lot where lot_number = 'BP2408-12'`));
  ids.rideOn = toGlobalId('Product', await row(`select id from product where name like '童趣 儿童电动车%'`));
  for (const [name, prefix] of [
    ['erqi', '丹尼斯二七店'],
    ['jinshui', '丹尼斯花园路店'],
    ['wanjiaStore', '万家惠西工店'],
    ['warehouse', '郑州航空港物流中心'],
    ['factory', '中牟玩具工厂'],
  ]) {
    ids[name] = toGlobalId('Location', await row(site(prefix)));
  }
  for (const [name, prefix] of [
    ['dennis', '丹尼斯二七店'],
    ['wanjia', '万家惠西工店'],
    ['zhongyuan', '郑州航空港物流中心'],
    ['toys', '中牟玩具工厂'],
  ]) {
    ids[name] = toGlobalId('Organization', await row(owner(prefix)));
  }

  const i = await h.gql(
    RecallInitiateDocument,
    {
      input: {
        root: { kind: 'LOTS', lots: [ids.cells] },
        hazard: '电芯过充保护失效，充电时可能过热起火。',
        gbClause: 'GB 19865-2005 19',
        remedies: ['REPLACE', 'REFUND'],
        consumerInstructions: '立即停止充电和使用，联系购买门店。',
        noticeText: '责令召回 RT2408C、RT2409A 批次儿童电动车。',
      },
    },
    DEMO_KEYS.REGULATOR,
  );
  const a = await h.gql(RecallActivateDocument, { recall: i.data!.recallInitiate.recall!.id }, DEMO_KEYS.REGULATOR);
  const active = a.data!.recallActivate.recall!;
  recall = { id: active.id, number: i.data!.recallInitiate.recall!.number, activatedAt: new Date(active.activatedAt!) };
}, 60_000);
afterAll(() => h.close());

describe('stock under an active recall', () => {
  it("the retailer's sale 15 s after activation is refused with a code naming the recall and its notice", async () => {
    const r = await record(DEMO_KEYS.RETAILER, [sale(ids.toy, ids.erqi, 15)]);
    expect(codes(r)).toEqual([['LOT_UNDER_RECALL', '0.lot']]);
    expect(r.data?.custodyEventsRecord.events).toBeNull();
    const message = r.data!.custodyEventsRecord.errors[0].message;
    expect(message).toContain(`Lot RT2409A is under recall ${recall.number}`);
    expect(message).toContain('notice: "责令召回 RT2408C、RT2409A 批次儿童电动车。"');
  });

  it('a bulk call with one recalled row among sound ones records nothing', async () => {
    const before = await eventCount();
    const r = await record(DEMO_KEYS.RETAILER, [
      sale(ids.washer, ids.jinshui, 20),
      sale(ids.toy, ids.jinshui, 21),
      sale(ids.washer, ids.jinshui, 22),
    ]);
    expect(codes(r)).toEqual([['LOT_UNDER_RECALL', '1.lot']]);
    expect(await eventCount()).toBe(before);
  });

  it('a sale dated before the activation (a till that syncs late) is recorded as it happened', async () => {
    const r = await record(DEMO_KEYS.RETAILER, [sale(ids.toy, ids.erqi, -60)]);
    expect(codes(r)).toEqual([]);
  });

  it('no onward shipment, neither to a store of another retailer nor from the distributor to a store', async () => {
    const toWanjia = {
      type: 'SHIPPED' as const,
      lot: ids.toy,
      location: ids.erqi,
      quantity: 5,
      occurredAt: after(30),
      counterparty: ids.wanjia,
      counterpartyLocation: ids.wanjiaStore,
    };
    expect(codes(await record(DEMO_KEYS.RETAILER, [toWanjia]))).toEqual([['LOT_UNDER_RECALL', '0.lot']]);
    const named = await record(DEMO_KEYS.RETAILER, [{ ...toWanjia, recall: recall.id }]);
    expect(codes(named)).toEqual([['NOT_UPSTREAM', '0.counterparty']]);
    const toStore = await record(DEMO_KEYS.DISTRIBUTOR, [
      {
        type: 'SHIPPED',
        lot: ids.toy,
        location: ids.warehouse,
        quantity: 5,
        occurredAt: after(30),
        counterparty: ids.dennis,
        counterpartyLocation: ids.erqi,
      },
    ]);
    expect(codes(toStore)).toEqual([['LOT_UNDER_RECALL', '0.lot']]);
  });

  it('returns upstream naming the recall, destruction and consumer remedies go on; the return arrives', async () => {
    const back = await record(DEMO_KEYS.RETAILER, [
      {
        type: 'SHIPPED',
        lot: ids.toy,
        location: ids.erqi,
        quantity: 40,
        occurredAt: after(40),
        counterparty: ids.zhongyuan,
        counterpartyLocation: ids.warehouse,
        recall: recall.id,
      },
      {
        type: 'DESTROYED',
        lot: ids.toy,
        location: ids.jinshui,
        quantity: 10,
        occurredAt: after(41),
        recall: recall.id,
      },
      { type: 'DESTROYED', lot: ids.toy, location: ids.jinshui, quantity: 1, occurredAt: after(42) },
      { type: 'RETURNED', lot: ids.toy, location: ids.erqi, quantity: 2, occurredAt: after(43), recall: recall.id },
    ]);
    expect(codes(back)).toEqual([]);
    const shipment = back.data!.custodyEventsRecord.events![0].id;
    const received = await record(DEMO_KEYS.DISTRIBUTOR, [
      { type: 'RECEIVED', lot: ids.toy, location: ids.warehouse, quantity: 40, occurredAt: after(50), shipment },
    ]);
    expect(codes(received)).toEqual([]);
    // The distributor sends all it has back to the producer, naming the recall.
    const toProducer = await record(DEMO_KEYS.DISTRIBUTOR, [
      {
        type: 'SHIPPED',
        lot: ids.toy,
        location: ids.warehouse,
        quantity: 190,
        occurredAt: after(60),
        counterparty: ids.toys,
        counterpartyLocation: ids.factory,
        recall: recall.id,
      },
    ]);
    expect(codes(toProducer)).toEqual([]);
  });

  it('a recalled lot goes into no new lot, by registration or by recording inputs', async () => {
    const reg = await h.gql(
      LotRegisterDocument,
      {
        product: ids.rideOn,
        input: {
          lotNumber: 'RT2412X',
          producedOn: '2024-12-01',
          quantity: 10,
          unit: 'EACH',
          location: ids.factory,
          inputs: [{ lot: ids.pack, quantity: 10 }],
        },
      },
      DEMO_KEYS.PRODUCER,
    );
    const refused = reg.data?.lotRegister.errors.map((e) => [e.code, e.field?.join('.')]);
    expect(refused).toEqual([['LOT_UNDER_RECALL', 'input.inputs.0.lot']]);
    expect(reg.data?.lotRegister.errors[0].message).toContain(recall.number);
    const more = { lot: ids.blocks, inputs: [{ lot: ids.pack, quantity: 1 }] };
    const inputs = await h.gql(LotInputsRecordDocument, more, DEMO_KEYS.PRODUCER);
    expect(inputs.data?.lotInputsRecord.errors.map((e) => e.code)).toEqual(['LOT_UNDER_RECALL']);
  });

  it("the holder's stock says which entries are stopped and by which recall; its notice says so", async () => {
    const stock = await stockOf(DEMO_KEYS.RETAILER);
    const toy = stock.nodes.find((n) => n.lot.lotNumber === 'RT2409A')!;
    expect(toy).toMatchObject({ salesStopped: true, activeRecalls: [{ number: recall.number }] });
    const washer = stock.nodes.find((n) => n.lot.lotNumber === 'WM2409-88');
    expect(washer).toMatchObject({ salesStopped: false, activeRecalls: [] });
    const stopped = await stockOf(DEMO_KEYS.RETAILER, true);
    expect(stopped.nodes.map((n) => [n.lot.lotNumber, n.location.name.split(' ')[0], n.onHand]).sort()).toEqual([
      ['RT2408C', '丹尼斯二七店', 12],
      ['RT2409A', '丹尼斯二七店', 46],
      ['RT2409A', '丹尼斯花园路店', 49],
    ]);
    expect((await stockOf(DEMO_KEYS.RETAILER, false)).totalCount + stopped.totalCount).toBe(stock.totalCount);
    const notices = (await h.gql(RecallNoticesDocument, {}, DEMO_KEYS.RETAILER)).data!.recallNotices.nodes;
    expect(notices).toEqual([expect.objectContaining({ recall: { number: recall.number }, salesStopped: true })]);
    expect(notices[0].holderInstructions).toMatch(/^Recall RC-\d{4}-\d{4} is active: stop selling the affected lots/);
  });

  it('the scan page says the lot may not be sold, and where to report it on sale', async () => {
    const page = async (lang: string) =>
      (
        await h.http.app.inject({
          url: `/01/0${DEMO_LOTS.rideOnToy.gtin}/10/RT2409A?lang=${lang}`,
          headers: { accept: 'text/html' },
        })
      ).body;
    expect(await page('zh')).toContain('召回期间，本批次已停止销售和向下游发货。如发现仍在销售，请拨打 12365 举报。');
    expect(await page('en')).toContain('While the recall is active, this lot may not be sold or shipped onward.');
  });
});

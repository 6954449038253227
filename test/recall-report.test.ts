import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import {
  CustodyEventsRecordDocument,
  LotIdDocument,
  RecallActivateDocument,
  RecallInitiateDocument,
  RecallProgressDocument,
  type CustodyEventInput,
} from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * Issue 11 §4 on the demo data: the recall of the 18650 cells reaches 48,000 cells and 100 battery
 * packs at factories and 1,100 ride-on toys. Progress is per product and unit; the headline is the
 * finished goods in the consumer channel (950 toys at distributors, retailers and consumers), never
 * cells and toys added up. The spreadsheet lists who holds how much of which lot, where, and whom to call.
 */
let h: Harness;
let recall: { id: string; number: string };
const ids: Record<string, string> = {};
const progress = async () =>
  (await h.gql(RecallProgressDocument, { number: recall.number }, DEMO_KEYS.REGULATOR)).data!.recall!.progress!;
const party = (affected: number[], corrected: number[] = [0, 0, 0, 0]) =>
  ['PRODUCER', 'DISTRIBUTOR', 'RETAILER', 'CONSUMER'].map((p, i) => ({
    party: p,
    affected: affected[i],
    corrected: corrected[i],
    rate: affected[i] ? corrected[i] / affected[i] : null,
  }));

beforeAll(async () => {
  h = await startDemoHarness();
  const lot = async (gtin: string, lotNumber: string) =>
    (await h.gql(LotIdDocument, { gtin, lotNumber })).data!.lot!.id;
  const row = async (sql: string) => (await h.em().execute<{ id: string }[]>(sql))[0].id;
  ids.cells = await lot(DEMO_LOTS.cells.gtin, DEMO_LOTS.cells.lotNumber);
  ids.toy = await lot(DEMO_LOTS.rideOnToy.gtin, DEMO_LOTS.rideOnToy.lotNumber);
  ids.erqi = toGlobalId('Location', await row(`select id from location where name like '丹尼斯二七店%'`));
  ids.jinshui = toGlobalId('Location', await row(`select id from location where name like '丹尼斯花园路店%'`));
  ids.factory = toGlobalId('Location', await row(`select id from location where name like '中牟玩具工厂%'`));
  const i = await h.gql(
    RecallInitiateDocument,
    {
      input: {
        root: { kind: 'LOTS', lots: [ids.cells] },
        hazard: '电芯过充保护失效。',
        remedies: ['REPLACE', 'REFUND'],
        consumerInstructions: '立即停止使用。',
        noticeText: '责令召回。',
      },
    },
    DEMO_KEYS.REGULATOR,
  );
  recall = i.data!.recallInitiate.recall!;
  await h.gql(RecallActivateDocument, { recall: recall.id }, DEMO_KEYS.REGULATOR);
}, 60_000);
afterAll(() => h.close());

describe('recall progress per product and unit', () => {
  it('headlines the 950 toys in the consumer channel, and lists cells, packs and toys apart', async () => {
    const p = await progress();
    expect(p).toMatchObject({
      unitsAffected: 950,
      unitsCorrected: 0,
      correctionRate: 0,
      monthly: [],
      byParty: party([0, 300, 380, 270]).slice(1),
    });
    expect(p.byProduct).toEqual([
      {
        product: { gtin: `0${DEMO_LOTS.rideOnToy.gtin}`, name: '童趣 儿童电动车 双驱遥控款' },
        unit: 'EACH',
        finishedGoods: true,
        unitsAffected: 1100,
        unitsCorrected: 0,
        correctionRate: 0,
        byParty: party([150, 300, 380, 270]),
      },
      {
        product: { gtin: `0${DEMO_LOTS.cells.gtin}`, name: '18650 锂离子电芯 3.2V 1500mAh' },
        unit: 'EACH',
        finishedGoods: false,
        unitsAffected: 48000,
        unitsCorrected: 0,
        correctionRate: 0,
        byParty: party([48000, 0, 0, 0]),
      },
      {
        product: { gtin: '06901230000195', name: '12V 电池组' },
        unit: 'EACH',
        finishedGoods: false,
        unitsAffected: 100,
        unitsCorrected: 0,
        correctionRate: 0,
        byParty: party([100, 0, 0, 0]),
      },
    ]);
  });

  it('corrections count for their product and party; only the toys in the channel move the headline', async () => {
    const now = new Date().toISOString();
    const at = (
      lot: string,
      location: string,
      type: CustodyEventInput['type'],
      quantity: number,
    ): CustodyEventInput => ({ type, lot, location, quantity, occurredAt: now, recall: recall.id });
    const rec = (key: string, events: CustodyEventInput[]) =>
      h.gql(CustodyEventsRecordDocument, { input: { idempotencyKey: `progress-${key}`, events } }, key);
    const retail = await rec(DEMO_KEYS.RETAILER, [
      at(ids.toy, ids.erqi, 'RETURNED', 5),
      at(ids.toy, ids.jinshui, 'DESTROYED', 10),
    ]);
    expect(retail.data?.custodyEventsRecord.errors).toEqual([]);
    const factory = await rec(DEMO_KEYS.PRODUCER, [
      at(ids.cells, ids.factory, 'DESTROYED', 28000),
      at(ids.toy, ids.factory, 'DESTROYED', 50),
    ]);
    expect(factory.data?.custodyEventsRecord.errors).toEqual([]);

    const p = await progress();
    expect(p).toMatchObject({
      unitsAffected: 950,
      unitsCorrected: 15,
      correctionRate: 15 / 950,
      byParty: party([0, 300, 380, 270], [0, 0, 10, 5]).slice(1),
    });
    expect(p.monthly).toEqual([
      {
        month: new Date(Date.parse(now) + 8 * 3600_000).toISOString().slice(0, 7), // China time
        corrected: 15,
        cumulative: 15,
        cumulativeRate: 15 / 950,
        byParty: [
          { party: 'DISTRIBUTOR', corrected: 0 },
          { party: 'RETAILER', corrected: 10 },
          { party: 'CONSUMER', corrected: 5 },
        ],
      },
    ]);
    expect(p.byProduct.map((x) => [x.product.name, x.unitsCorrected, x.unitsAffected])).toEqual([
      ['童趣 儿童电动车 双驱遥控款', 65, 1100],
      ['18650 锂离子电芯 3.2V 1500mAh', 28000, 48000],
      ['12V 电池组', 0, 100],
    ]);
    expect(p.byProduct[0].byParty).toEqual(party([150, 300, 380, 270], [50, 0, 10, 5]));
  });
});

describe("the recall's spreadsheet", () => {
  it('lists every holder of the frozen lots with its stock now and at activation, city and phone', async () => {
    const res = await h.http.app.inject({
      url: `/exports/scope.csv?recall=${recall.id}`,
      headers: { authorization: `Bearer ${DEMO_KEYS.REGULATOR}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${recall.number}.csv"`);
    const rows = parse(res.body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toContain('召回启动时库存');
    expect(rows).toHaveLength(15);
    const at = (lot: string, location: string) => rows.find((r) => r['批号'] === lot && r['地点'].startsWith(location));
    // The store's 5 returned units are back on hand; the 10 destroyed at the other store are gone.
    expect(at('RT2409A', '丹尼斯二七店')).toMatchObject({
      持有单位: '郑州丹尼斯百货有限公司',
      环节: '零售商',
      市: '郑州市',
      联系电话: '0371-6696 8801',
      地址: '郑州市二七区人民路 59 号',
      现有库存: '90',
      召回启动时库存: '85',
      已售: '35',
      消费者退回: '5',
      单位: '件',
    });
    expect(at('RT2409A', '丹尼斯花园路店')).toMatchObject({
      现有库存: '50',
      召回启动时库存: '60',
      联系电话: '0371-6696 8802',
    });
    expect(at('C18650-2407B', '中牟玩具工厂')).toMatchObject({
      现有库存: '0',
      召回启动时库存: '28000',
      环节: '生产者',
      层级: '0',
    });
    expect(at('RT2409A', '南阳配送中心')).toMatchObject({
      环节: '经销商',
      市: '南阳市',
      现有库存: '50',
      联系电话: '0377-6066 5500',
    });
  });
});

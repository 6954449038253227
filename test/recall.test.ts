import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import {
  gtin13,
  makeLot,
  makeProduct,
  ProductCategory,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
} from '../seeds/factories';
import {
  CustodyEventsRecordDocument,
  LotRecallsDocument,
  RecallActivateDocument,
  RecallByNumberDocument,
  RecallCompleteDocument,
  RecallInitiateDocument,
  RecallNoticeAcknowledgeDocument,
  RecallNoticesDocument,
  RecallTerminateDocument,
  type CustodyEventInput,
  type RecallInitiateInput,
  RecallFrozenHoldersDocument,
  RecallScopeDocument,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Lot D (100 units): producer keeps 50, distributor 50 → retailer 30 → sells 10 before the recall.
 * Affected at activation: producer 50, distributor 20, retailer 20, consumers 10 = 100 units.
 */
let h: Harness;
let h2: Harness;
let w: World;
let D: Lot;
let other: Lot;
const GTIN = gtin13(6301);

beforeAll(async () => {
  h = await startHarness({ redis: true });
  h2 = await startHarness({ redis: true, shareDb: h.url });
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '儿童电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    D = await makeLot(em, w.producer.org, p, {
      lotNumber: 'D-1',
      producedOn: '2024-03-01',
      quantity: 100,
      location: w.producer.site,
    });
    other = await makeLot(em, w.producer.org, p, {
      lotNumber: 'D-2',
      producedOn: '2024-03-02',
      quantity: 10,
      location: w.producer.site,
    });
    const site = (x: typeof w.producer) => ({ org: x.org, location: x.site });
    await shipAndReceive(em, D, site(w.producer), site(w.distributor), 50, new Date('2024-04-01T00:00:00Z'));
    await shipAndReceive(em, D, site(w.distributor), site(w.retailer), 30, new Date('2024-04-05T00:00:00Z'));
    await recordEvents(em, w.retailer.org, [
      {
        type: RecordableEventType.SOLD,
        lot: D.globalId,
        location: w.retailer.site.globalId,
        quantity: 10,
        occurredAt: new Date('2024-04-10T00:00:00Z'),
      },
    ]);
  });
});
afterAll(async () => {
  await h2.close();
  await h.close();
});

const draft = (over: Partial<RecallInitiateInput> = {}): RecallInitiateInput => ({
  root: { kind: 'LOTS', lots: [D.globalId] },
  hazard: '电池组过充可能起火',
  gbClause: 'GB 19865-2005 19.1',
  remedies: ['REPLACE', 'REFUND'],
  consumerInstructions: '立即停止使用，拔下充电器，联系购买门店。',
  noticeText: '郑州测试玩具厂召回部分儿童电动车。',
  ...over,
});
let key = 0;
const record = (apiKey: string, events: CustodyEventInput[]) =>
  h.gql(CustodyEventsRecordDocument, { input: { idempotencyKey: `r-${++key}`, events } }, apiKey);

describe('recall lifecycle', () => {
  let recallId: string;
  let number: string;

  it('a producer recalls its own lot voluntarily, as a draft nobody else sees', async () => {
    const r = await h.gql(RecallInitiateDocument, { input: draft() }, w.producer.key);
    expect(r.data?.recallInitiate.errors).toEqual([]);
    expect(r.data?.recallInitiate.recall).toMatchObject({
      kind: 'VOLUNTARY',
      status: 'DRAFT',
      rootKind: 'LOTS',
      initiator: { name: '郑州测试玩具厂' },
      rootLots: [{ lotNumber: 'D-1' }],
    });
    recallId = r.data!.recallInitiate.recall!.id;
    number = r.data!.recallInitiate.recall!.number;
    expect(number).toMatch(/^RC-\d{4}-\d{4}$/);
    expect((await h.gql(RecallByNumberDocument, { number })).data?.recall).toBeNull();
    expect((await h.gql(RecallByNumberDocument, { number }, w.regulator.key)).data?.recall?.status).toBe('DRAFT');
  });

  it('refuses other producers, sellers and bad input', async () => {
    expect((await h.gql(RecallInitiateDocument, { input: draft() }, w.retailer.key)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await h.gql(RecallInitiateDocument, { input: draft({ remedies: [] }) }, w.producer.key)
      ).data?.recallInitiate.errors.map((e) => e.code),
    ).toEqual(['NO_REMEDY']);
    expect(
      (
        await h.gql(RecallInitiateDocument, { input: draft({ root: { kind: 'PRODUCER' } }) }, w.regulator.key)
      ).data?.recallInitiate.errors.map((e) => e.code),
    ).toEqual(['ROOT_INCOMPLETE']);
    const ordered = await h.gql(
      RecallInitiateDocument,
      { input: draft({ root: { kind: 'LOTS', lots: [other.globalId] } }) },
      w.regulator.key,
    );
    expect(ordered.data?.recallInitiate.recall?.kind).toBe('ORDERED');
  });

  it('refuses transitions the lifecycle does not allow', async () => {
    const r = await h.gql(RecallCompleteDocument, { recall: recallId }, w.producer.key);
    expect(r.data?.recallComplete.errors.map((e) => [e.code, e.message])).toEqual([
      ['INVALID_TRANSITION', 'A draft recall cannot become completed.'],
    ]);
    expect(
      (await h.gql(RecallActivateDocument, { recall: recallId }, w.retailer.key)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('activation freezes the scope, makes the notice public and reaches every holder with stock, on another instance too', async () => {
    // Listen on the second instance, over real HTTP, before activating on the first.
    await h2.http.app.listen({ port: 0, host: '127.0.0.1' });
    const addr = h2.http.app.server.address() as { port: number };
    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${addr.port}/notices/stream`, {
      headers: { authorization: `Bearer ${w.retailer.key}` },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let text = '';
    const until = async (what: string) => {
      while (!text.includes(what)) text += new TextDecoder().decode((await reader.read()).value);
    };
    // The stream says "connected" once a recall activated on any instance reaches it.
    await until(': connected');

    const a = await h.gql(RecallActivateDocument, { recall: recallId }, w.producer.key);
    expect(a.data?.recallActivate.recall?.status).toBe('ACTIVE');
    await until('event: recall');
    expect(text).toContain(number);
    controller.abort();

    const notices = await h.gql(RecallNoticesDocument, { unacknowledgedOnly: true }, w.retailer.key);
    expect(notices.data?.recallNotices.nodes).toEqual([
      expect.objectContaining({ recall: { number }, acknowledgedAt: null, affectedEntries: 1 }),
    ]);
    expect((await h.gql(RecallNoticesDocument, {}, w.otherRetailer.key)).data?.recallNotices.totalCount).toBe(0);

    const pub = await h.gql(RecallByNumberDocument, { number });
    const again = await h.gql(RecallActivateDocument, { recall: recallId }, w.producer.key);
    expect(again.data?.recallActivate.errors.map((e) => e.message)).toEqual(['An active recall cannot become active.']);
    expect(pub.errors).toBeUndefined();
    expect(pub.data?.recall).toMatchObject({
      status: 'ACTIVE',
      hazard: '电池组过充可能起火',
      scope: null,
      progress: null,
      affectedLots: { totalCount: 1, nodes: [{ depth: 0, lot: { lotNumber: 'D-1' }, path: [{ lotNumber: 'D-1' }] }] },
    });
    const lot = await h.gql(LotRecallsDocument, { gtin: GTIN, lotNumber: 'D-1' });
    expect(lot.data?.lot?.activeRecalls.map((r) => r.number)).toEqual([number]);
    expect((await h.gql(LotRecallsDocument, { gtin: GTIN, lotNumber: 'D-2' })).data?.lot?.activeRecalls).toEqual([]);
  });

  it('holders acknowledge their notice; others cannot', async () => {
    const ack = await h.gql(
      RecallNoticeAcknowledgeDocument,
      { recall: recallId, note: '已下架 withdrawn from shelves' },
      w.retailer.key,
    );
    expect(ack.data?.recallNoticeAcknowledge.errors).toEqual([]);
    const n = await h.gql(RecallNoticesDocument, {}, w.retailer.key);
    expect(n.data?.recallNotices.nodes[0]).toMatchObject({ acknowledgedNote: '已下架 withdrawn from shelves' });
    expect(n.data?.recallNotices.nodes[0].acknowledgedAt).not.toBeNull();
    const no = await h.gql(RecallNoticeAcknowledgeDocument, { recall: recallId }, w.otherRetailer.key);
    expect(no.data?.recallNoticeAcknowledge.errors.map((e) => e.code)).toEqual(['NOT_NOTIFIED']);
  });

  it('remedy events must name an active recall covering the lot, by a holder, of a fitting type', async () => {
    const base = {
      lot: D.globalId,
      location: w.retailer.site.globalId,
      quantity: 1,
      occurredAt: '2026-11-01T00:00:00Z',
      recall: recallId,
    };
    expect(
      (await record(w.retailer.key, [{ ...base, type: 'SOLD' }])).data?.custodyEventsRecord.errors.map((e) => e.code),
    ).toEqual(['RECALL_NOT_APPLICABLE']);
    expect(
      (
        await record(w.retailer.key, [{ ...base, type: 'DESTROYED', lot: other.globalId }])
      ).data?.custodyEventsRecord.errors.map((e) => e.code),
    ).toContain('LOT_NOT_IN_RECALL');
    expect(
      (
        await record(w.otherRetailer.key, [{ ...base, type: 'REPAIRED', location: w.otherRetailer.site.globalId }])
      ).data?.custodyEventsRecord.errors.map((e) => e.code),
    ).toEqual(['NOT_A_HOLDER']);
  });

  it('progress counts corrections by party and month, capped at what each party had', async () => {
    const at = (iso: string) => ({ occurredAt: iso, recall: recallId });
    const store = { lot: D.globalId, location: w.retailer.site.globalId };
    expect(
      (await record(w.retailer.key, [{ ...store, type: 'RETURNED', quantity: 4, ...at('2026-10-15T00:00:00Z') }])).data
        ?.custodyEventsRecord.errors,
    ).toEqual([]);
    expect(
      (
        await record(w.retailer.key, [
          { ...store, type: 'REPAIRED', quantity: 2, ...at('2026-11-10T00:00:00Z') },
          { ...store, type: 'REPLACED', quantity: 1, ...at('2026-11-10T00:00:00Z') },
          { ...store, type: 'DESTROYED', quantity: 24, ...at('2026-11-12T00:00:00Z') },
        ])
      ).data?.custodyEventsRecord.errors,
    ).toEqual([]);
    const back = await record(w.distributor.key, [
      {
        lot: D.globalId,
        location: w.distributor.site.globalId,
        type: 'SHIPPED',
        quantity: 20,
        counterparty: w.producer.org.globalId,
        counterpartyLocation: w.producer.site.globalId,
        ...at('2026-11-12T00:00:00Z'),
      },
    ]);
    expect(back.data?.custodyEventsRecord.errors).toEqual([]);
    await record(w.producer.key, [
      {
        lot: D.globalId,
        location: w.producer.site.globalId,
        type: 'RECEIVED',
        quantity: 20,
        occurredAt: '2026-11-13T00:00:00Z',
        shipment: back.data!.custodyEventsRecord.events![0].id,
      },
    ]);
    await record(w.producer.key, [
      {
        lot: D.globalId,
        location: w.producer.site.globalId,
        type: 'DESTROYED',
        quantity: 70,
        ...at('2026-11-14T00:00:00Z'),
      },
    ]);

    const r = (await h.gql(RecallByNumberDocument, { number: await numberOf(recallId) }, w.regulator.key)).data!
      .recall!;
    // The headline: the toys in the consumer channel (the producer's 50 are in byProduct only).
    const channel = (distributor: number, retailer: number, consumer: number) => [
      { party: 'DISTRIBUTOR', corrected: distributor },
      { party: 'RETAILER', corrected: retailer },
      { party: 'CONSUMER', corrected: consumer },
    ];
    expect(r.progress).toEqual({
      unitsAffected: 50,
      unitsCorrected: 47,
      correctionRate: 0.94,
      byParty: [
        { party: 'DISTRIBUTOR', affected: 20, corrected: 20, rate: 1 },
        { party: 'RETAILER', affected: 20, corrected: 20, rate: 1 },
        { party: 'CONSUMER', affected: 10, corrected: 7, rate: 0.7 },
      ],
      monthly: [
        { month: '2026-10', corrected: 4, cumulative: 4, cumulativeRate: 0.08, byParty: channel(0, 0, 4) },
        { month: '2026-11', corrected: 43, cumulative: 47, cumulativeRate: 0.94, byParty: channel(20, 20, 3) },
      ],
      byProduct: [
        {
          product: { gtin: `0${GTIN}`, name: '儿童电动车' },
          unit: 'EACH',
          finishedGoods: true,
          unitsAffected: 100,
          unitsCorrected: 97,
          correctionRate: 0.97,
          byParty: [
            { party: 'PRODUCER', affected: 50, corrected: 50, rate: 1 },
            { party: 'DISTRIBUTOR', affected: 20, corrected: 20, rate: 1 },
            { party: 'RETAILER', affected: 20, corrected: 20, rate: 1 },
            { party: 'CONSUMER', affected: 10, corrected: 7, rate: 0.7 },
          ],
        },
      ],
    });
    // The frozen scope does not move with later events.
    expect(r.scope?.totals).toEqual([{ unit: 'EACH', onHand: 90, sold: 10 }]);
  });

  it('completes with who and when; a completed recall cannot be terminated', async () => {
    const c = await h.gql(RecallCompleteDocument, { recall: recallId, note: '整改完成' }, w.regulator.key);
    expect(c.data?.recallComplete.recall?.status).toBe('COMPLETED');
    const t = await h.gql(RecallTerminateDocument, { recall: recallId }, w.regulator.key);
    expect(t.data?.recallTerminate.errors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const r = (await h.gql(RecallByNumberDocument, { number: await numberOf(recallId) }, w.regulator.key)).data!
      .recall!;
    expect(r.transitions.map((x) => [x.fromStatus, x.toStatus, x.by.name, x.note])).toEqual([
      [null, 'DRAFT', '郑州测试玩具厂', null],
      ['DRAFT', 'ACTIVE', '郑州测试玩具厂', null],
      ['ACTIVE', 'COMPLETED', '河南测试监管局', '整改完成'],
    ]);
    expect((await h.gql(LotRecallsDocument, { gtin: GTIN, lotNumber: 'D-1' })).data?.lot?.activeRecalls).toEqual([]);
  });
});

describe('the frozen scope', () => {
  it('lists every holder that ever had an affected lot, as the live scope at the activation does', async () => {
    // Lot F: the producer ships all 10 to the distributor, which destroys them: neither holds, sold or shipped on.
    let F!: Lot;
    await h.tx(async (em) => {
      const category = ProductCategory.CHILDRENS_GOODS;
      const p = await makeProduct(em, w.producer.org, { gtin: gtin13(6302), name: '滑板车', category });
      const lot = { lotNumber: 'F-1', producedOn: '2024-03-01', quantity: 10, location: w.producer.site };
      F = await makeLot(em, w.producer.org, p, lot);
      const site = (x: typeof w.producer) => ({ org: x.org, location: x.site });
      await shipAndReceive(em, F, site(w.producer), site(w.distributor), 10, new Date('2024-04-01T00:00:00Z'));
      await recordEvents(em, w.distributor.org, [
        {
          type: RecordableEventType.DESTROYED,
          lot: F.globalId,
          location: w.distributor.site.globalId,
          quantity: 10,
          occurredAt: new Date('2024-04-02T00:00:00Z'),
        },
      ]);
    });
    const root = { kind: 'LOTS' as const, lots: [F.globalId] };
    const r = await h.gql(RecallInitiateDocument, { input: draft({ root }) }, w.regulator.key);
    const { number, id } = r.data!.recallInitiate.recall!;
    await h.gql(RecallActivateDocument, { recall: id }, w.regulator.key);
    const frozen = (await h.gql(RecallFrozenHoldersDocument, { number }, w.regulator.key)).data!.recall!;
    const asOf = frozen.activatedAt;
    const live = await h.gql(RecallScopeDocument, { root, asOf, first: 50, withStockOnly: false }, w.regulator.key);
    type Holder = { party: string; onHand: number; shipped: number; sold: number; returned: number };
    const rows = (nodes: (Holder & { organization: { name: string } })[]) =>
      nodes.map((n) => [n.organization.name, n.party, n.onHand, n.shipped, n.sold, n.returned]).sort();
    expect(rows(frozen.scope!.holders.nodes)).toEqual([
      ['中原测试物流', 'DISTRIBUTOR', 0, 0, 0, 0],
      ['郑州测试玩具厂', 'PRODUCER', 0, 10, 0, 0],
    ]);
    expect(rows(frozen.scope!.holders.nodes)).toEqual(rows(live.data!.recallScope.holders.nodes));
    expect(frozen.scope!.holders.totalCount).toBe(2);
  });
});

async function numberOf(recallId: string): Promise<string> {
  const rows = await h
    .em()
    .execute<{ number: string }[]>('select number from recall where id = ?', [
      Buffer.from(recallId, 'base64url').toString().split(':')[1],
    ]);
  return rows[0].number;
}

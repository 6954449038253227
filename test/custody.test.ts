import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Location } from '../src/modules/organization/location.entity';
import {
  gtin13,
  LocationKind,
  makeLocation,
  makeLot,
  makeProduct,
  ProductCategory,
  shipAndReceive,
} from '../seeds/factories';
import {
  CustodyEventsRecordDocument,
  EventCorrectionsDocument,
  StockDocument,
  type CustodyEventInput,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let lot: Lot;
let warehouse2: Location;
let key = 0;
const nextKey = () => `test-${++key}`;
const t = (iso: string) => new Date(iso).toISOString();

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(9001),
      name: '积木',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'blocks',
    });
    lot = await makeLot(em, w.producer.org, toy, {
      lotNumber: 'BK-1',
      producedOn: '2024-09-01',
      quantity: 500,
      location: w.producer.site,
    });
    warehouse2 = await makeLocation(em, w.distributor.org, { name: '第二仓', kind: LocationKind.WAREHOUSE });
  });
});
afterAll(() => h.close());

const record = (events: CustodyEventInput[], apiKey: string, idempotencyKey = nextKey()) =>
  h.gql(CustodyEventsRecordDocument, { input: { idempotencyKey, events } }, apiKey);
const ship = (over: Partial<CustodyEventInput> = {}): CustodyEventInput => ({
  type: 'SHIPPED',
  lot: lot.globalId,
  location: w.producer.site.globalId,
  quantity: 100,
  occurredAt: t('2024-09-10T02:00:00Z'),
  counterparty: w.distributor.org.globalId,
  counterpartyLocation: w.distributor.site.globalId,
  referenceDocument: 'DN-1',
  ...over,
});
const eventCount = () => h.em().count('CustodyEvent');
async function onHand(creditCode: string, key: string) {
  const r = await h.gql(StockDocument, { creditCode }, key);
  return r.data?.organization?.stock?.nodes
    .filter((n) => n.lot.lotNumber === 'BK-1')
    .map((n) => [n.location.name, n.onHand]);
}

describe('custody along the chain', () => {
  it('ships, receives and sells, and on-hand quantities follow', async () => {
    const shipped = await record([ship({ quantity: 300 })], w.producer.key);
    expect(shipped.data?.custodyEventsRecord.errors).toEqual([]);
    const s = shipped.data!.custodyEventsRecord.events![0];
    expect(s).toMatchObject({
      type: 'SHIPPED',
      bizStep: 'shipping',
      quantity: 300,
      counterparty: { name: '中原测试物流' },
      counterpartyLocation: { name: '中原测试物流 site' },
    });
    expect(await onHand(w.producer.org.creditCode, w.producer.key)).toEqual([['郑州测试玩具厂 site', 200]]);

    const received = await record(
      [
        {
          type: 'RECEIVED',
          lot: lot.globalId,
          location: w.distributor.site.globalId,
          quantity: 300,
          occurredAt: t('2024-09-11T02:00:00Z'),
          shipment: s.id,
        },
      ],
      w.distributor.key,
    );
    expect(received.data?.custodyEventsRecord.events?.[0]).toMatchObject({
      type: 'RECEIVED',
      counterparty: { name: '郑州测试玩具厂' },
      shipment: { id: s.id },
    });
    expect(await onHand(w.distributor.org.creditCode, w.distributor.key)).toEqual([['中原测试物流 site', 300]]);

    // Distributor -> retailer, and the retailer receives and sells in one call.
    const toStore = await record(
      [
        ship({
          location: w.distributor.site.globalId,
          quantity: 50,
          counterparty: w.retailer.org.globalId,
          counterpartyLocation: w.retailer.site.globalId,
          occurredAt: t('2024-09-12T02:00:00Z'),
        }),
      ],
      w.distributor.key,
    );
    const sid = toStore.data!.custodyEventsRecord.events![0].id;
    const rs = await record(
      [
        {
          type: 'RECEIVED',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 50,
          occurredAt: t('2024-09-13T02:00:00Z'),
          shipment: sid,
        },
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 20,
          occurredAt: t('2024-09-14T02:00:00Z'),
        },
      ],
      w.retailer.key,
    );
    expect(rs.data?.custodyEventsRecord.errors).toEqual([]);
    expect(await onHand(w.retailer.org.creditCode, w.retailer.key)).toEqual([['洛阳测试商场 site', 30]]);
  });

  it('refuses over-shipping, naming the row, and writes nothing', async () => {
    const before = await eventCount();
    const r = await record([ship({ quantity: 10 }), ship({ quantity: 191 })], w.producer.key);
    expect(r.data?.custodyEventsRecord.errors).toEqual([
      expect.objectContaining({ code: 'INSUFFICIENT_QUANTITY', field: ['input', 'events', '1', 'quantity'] }),
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses selling more than the store holds and selling outside a store', async () => {
    const over = await record(
      [
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 31,
          occurredAt: t('2024-09-20T02:00:00Z'),
        },
      ],
      w.retailer.key,
    );
    expect(over.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_QUANTITY']);
    const wh = await record(
      [
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.distributor.site.globalId,
          quantity: 1,
          occurredAt: t('2024-09-20T02:00:00Z'),
        },
      ],
      w.distributor.key,
    );
    expect(wh.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['LOCATION_NOT_STORE']);
  });

  it('bulk calls are all or nothing: one bad row among many records none, and each error names its row', async () => {
    const before = await eventCount();
    const events = Array.from({ length: 200 }, () => ship({ quantity: 0.5 }));
    events[57] = ship({ quantity: -1 });
    events[133] = ship({ counterpartyLocation: w.producer.site.globalId, counterparty: w.producer.org.globalId });
    const r = await record(events, w.producer.key);
    expect(r.data?.custodyEventsRecord.events).toBeNull();
    expect(r.data?.custodyEventsRecord.errors.map((e) => [e.code, e.field?.[2]])).toEqual([
      ['INVALID_QUANTITY', '57'],
      ['INVALID_COUNTERPARTY', '133'],
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('records 1,000 events in one call and refuses 1,001', async () => {
    const events = Array.from({ length: 1000 }, () => ship({ quantity: 0.1, location: w.producer.site.globalId }));
    const ok = await record(events, w.producer.key);
    expect(ok.data?.custodyEventsRecord.errors).toEqual([]);
    expect(ok.data?.custodyEventsRecord.events).toHaveLength(1000);
    const tooMany = await record([...events, ship()], w.producer.key);
    expect(tooMany.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['TOO_MANY_EVENTS']);
  });

  it('a retry with the same idempotency key returns the first result and records nothing twice', async () => {
    const k = nextKey();
    const first = await record([ship({ quantity: 1 })], w.producer.key, k);
    const before = await eventCount();
    const retry = await record([ship({ quantity: 1 })], w.producer.key, k);
    expect(retry.data?.custodyEventsRecord.replayed).toBe(true);
    expect(retry.data?.custodyEventsRecord.events?.map((e) => e.id)).toEqual(
      first.data?.custodyEventsRecord.events?.map((e) => e.id),
    );
    expect(await eventCount()).toBe(before);
    const other = await record([ship({ quantity: 2 })], w.producer.key, k);
    expect(other.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('two concurrent calls with the same key record once', async () => {
    const k = nextKey();
    const before = await eventCount();
    const [a, b] = await Promise.all([
      record([ship({ quantity: 1 })], w.producer.key, k),
      record([ship({ quantity: 1 })], w.producer.key, k),
    ]);
    expect([a.data?.custodyEventsRecord.replayed, b.data?.custodyEventsRecord.replayed].sort()).toEqual([false, true]);
    expect(await eventCount()).toBe(before + 1);
  });

  it('concurrent shipments never take stock below zero', async () => {
    const stock = (await onHand(w.producer.org.creditCode, w.producer.key))![0][1] as number;
    const each = Math.floor(stock / 2) + 1;
    const results = await Promise.all([
      record([ship({ quantity: each })], w.producer.key),
      record([ship({ quantity: each })], w.producer.key),
    ]);
    expect(results.map((r) => r.data?.custodyEventsRecord.errors.map((e) => e.code)).sort()).toEqual([
      [],
      ['INSUFFICIENT_QUANTITY'],
    ]);
  });

  it('receipts must close a shipment to the caller, at its destination, for at most what is left', async () => {
    const s = (
      await record(
        [
          ship({
            location: w.distributor.site.globalId,
            quantity: 10,
            counterparty: w.retailer.org.globalId,
            counterpartyLocation: w.retailer.site.globalId,
          }),
        ],
        w.distributor.key,
      )
    ).data!.custodyEventsRecord.events![0].id;
    const rcv = (over: Partial<CustodyEventInput>, apiKey = w.retailer.key) =>
      record(
        [
          {
            type: 'RECEIVED',
            lot: lot.globalId,
            location: w.retailer.site.globalId,
            quantity: 10,
            occurredAt: t('2024-09-15T00:00:00Z'),
            shipment: s,
            ...over,
          },
        ],
        apiKey,
      );
    expect((await rcv({ quantity: 11 })).data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual([
      'RECEIPT_EXCEEDS_SHIPMENT',
    ]);
    expect((await rcv({ shipment: null })).data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual([
      'SHIPMENT_REQUIRED',
    ]);
    expect(
      (
        await rcv({ location: w.otherRetailer.site.globalId }, w.otherRetailer.key)
      ).data?.custodyEventsRecord.errors.map((e) => e.code),
    ).toEqual(['NOT_A_SHIPMENT']);
    expect((await rcv({ quantity: 6 })).data?.custodyEventsRecord.errors).toEqual([]);
    expect((await rcv({ quantity: 5 })).data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual([
      'RECEIPT_EXCEEDS_SHIPMENT',
    ]);
  });

  it('refuses future dates, dates before production, foreign locations', async () => {
    const codes = async (over: Partial<CustodyEventInput>) =>
      (await record([ship(over)], w.producer.key)).data?.custodyEventsRecord.errors.map((e) => e.code);
    expect(await codes({ occurredAt: new Date(Date.now() + 3600_000).toISOString() })).toEqual(['FUTURE_DATE']);
    expect(await codes({ occurredAt: t('2024-08-01T00:00:00Z') })).toEqual(['BEFORE_PRODUCTION']);
    expect(await codes({ location: w.retailer.site.globalId })).toEqual(['LOCATION_NOT_OWNED']);
    expect(await codes({ counterparty: null })).toEqual(['COUNTERPARTY_REQUIRED']);
    expect(await codes({ counterpartyLocation: warehouse2.globalId, counterparty: w.retailer.org.globalId })).toEqual([
      'LOCATION_MISMATCH',
    ]);
    expect(await codes({ lot: w.producer.org.globalId })).toEqual(['WRONG_ID_TYPE']);
  });
});

describe('corrections', () => {
  it('a correction replaces the event it names; the original stops counting but stays on record', async () => {
    const sold = (
      await record(
        [
          {
            type: 'SOLD',
            lot: lot.globalId,
            location: w.retailer.site.globalId,
            quantity: 10,
            occurredAt: t('2024-09-21T00:00:00Z'),
          },
        ],
        w.retailer.key,
      )
    ).data!.custodyEventsRecord.events![0];
    const before = await onHand(w.retailer.org.creditCode, w.retailer.key);
    const fix = await record(
      [
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 4,
          occurredAt: t('2024-09-21T00:00:00Z'),
          corrects: sold.id,
        },
      ],
      w.retailer.key,
    );
    expect(fix.data?.custodyEventsRecord.events?.[0].corrects?.id).toBe(sold.id);
    expect(await onHand(w.retailer.org.creditCode, w.retailer.key)).toEqual([
      [before![0][0], (before![0][1] as number) + 6],
    ]);
    const original = await h.gql(EventCorrectionsDocument, { id: sold.id }, w.retailer.key);
    expect(original.data?.node).toMatchObject({ quantity: 10, correctedBy: { quantity: 4 } });
    const twice = await record(
      [
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 3,
          occurredAt: t('2024-09-21T00:00:00Z'),
          corrects: sold.id,
        },
      ],
      w.retailer.key,
    );
    expect(twice.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['ALREADY_CORRECTED']);
    const foreign = await record(
      [
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.otherRetailer.site.globalId,
          quantity: 1,
          occurredAt: t('2024-09-21T00:00:00Z'),
          corrects: fix.data!.custodyEventsRecord.events![0].id,
        },
      ],
      w.otherRetailer.key,
    );
    expect(foreign.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['CORRECTION_NOT_ALLOWED']);
  });

  it('events cannot be changed or deleted, even in SQL', async () => {
    await expect(h.em().execute(`update custody_event set quantity = quantity + 1`)).rejects.toThrow(/append-only/);
    await expect(h.em().execute(`delete from custody_event`)).rejects.toThrow(/append-only/);
  });

  it('a shipment with receipts cannot be corrected until they are', async () => {
    const { shipment } = await h.tx((em) =>
      shipAndReceive(
        em,
        lot,
        { org: w.producer.org, location: w.producer.site },
        { org: w.distributor.org, location: warehouse2 },
        5,
        new Date('2024-09-25T00:00:00Z'),
      ),
    );
    const r = await record(
      [ship({ quantity: 4, counterpartyLocation: warehouse2.globalId, corrects: shipment.globalId })],
      w.producer.key,
    );
    expect(r.data?.custodyEventsRecord.errors.map((e) => e.code)).toEqual(['EVENT_HAS_DEPENDENTS']);
  });
});

describe('statements', () => {
  // Kinds of reference a call does not name are not looked up (shipments: no corrected events, recalls, commitments).
  // Whole requests but the key check (whose "last used" update runs at most once a minute): the call,
  // the page-cache invalidation and the payload's loaders.
  const count = async (events: CustodyEventInput[], apiKey: string) => {
    h.resetQueries();
    const r = await record(events, apiKey);
    expect(r.data?.custodyEventsRecord.errors).toEqual([]);
    const statements = h.queries.filter((q) => !/\bapi_key\b/.test(q));
    const list = statements.map((q) => q.slice(0, 100)).join('\n');
    return { n: statements.length, list, events: r.data!.custodyEventsRecord.events! };
  };

  it('a call of shipments runs the same statements for 1 row and for 500', async () => {
    const one = await count([ship({ quantity: 0.001, occurredAt: t('2024-09-26T00:00:00Z') })], w.producer.key);
    const rows = Array.from({ length: 500 }, () => ship({ quantity: 0.001, occurredAt: t('2024-09-26T00:00:00Z') }));
    const many = await count(rows, w.producer.key);
    expect(one.n, one.list).toBe(17);
    expect(many.n, many.list).toBe(17);
  });

  it('a receipt and a sale in one call', async () => {
    const toStore = ship({
      quantity: 2,
      counterparty: w.retailer.org.globalId,
      counterpartyLocation: w.retailer.site.globalId,
    });
    const [s] = (await count([toStore], w.producer.key)).events;
    const both = await count(
      [
        {
          type: 'RECEIVED',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 2,
          occurredAt: t('2024-09-27T00:00:00Z'),
          shipment: s.id,
        },
        {
          type: 'SOLD',
          lot: lot.globalId,
          location: w.retailer.site.globalId,
          quantity: 1,
          occurredAt: t('2024-09-27T01:00:00Z'),
        },
      ],
      w.retailer.key,
    );
    expect(both.n, both.list).toBe(20);
  });
});

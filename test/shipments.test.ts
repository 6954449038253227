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
  RecordableEventType,
  recordEvents,
  shipAndReceive,
} from '../seeds/factories';
import {
  CustodyEventsRecordDocument,
  IncomingShipmentsDocument,
  OrganizationIncomingDocument,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type Party, type World } from './helpers/world';

/**
 * Shipments on their way to the retailer: from the producer (lots A and B) and from the distributor,
 * to its two stores; one received in part, one received in full, one corrected, one to another retailer.
 */
let h: Harness;
let w: World;
let A: Lot;
let B: Lot;
let store2: Location;
const t = (iso: string) => new Date(iso);
const RECEIVED_AT = '2024-06-10T02:00:00Z';

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const P = w.producer;
    const category = ProductCategory.CHILDRENS_GOODS;
    const toy = await makeProduct(em, P.org, { gtin: gtin13(6601), name: '积木', category });
    const car = await makeProduct(em, P.org, { gtin: gtin13(6602), name: '滑板车', category });
    A = await makeLot(em, P.org, toy, { lotNumber: 'A-1', producedOn: '2024-05-01', quantity: 200, location: P.site });
    B = await makeLot(em, P.org, car, { lotNumber: 'B-1', producedOn: '2024-05-01', quantity: 100, location: P.site });
    store2 = await makeLocation(em, w.retailer.org, { name: '洛阳测试商场 二店', kind: LocationKind.STORE });
    const ship = (
      from: Party,
      lot: Lot,
      to: Party,
      at: Location,
      quantity: number,
      iso: string,
      ref: string,
      corrects?: string,
    ) =>
      recordEvents(em, from.org, [
        {
          type: RecordableEventType.SHIPPED,
          lot: lot.globalId,
          location: from.site.globalId,
          quantity,
          occurredAt: t(iso),
          counterparty: to.org.globalId,
          counterpartyLocation: at.globalId,
          referenceDocument: ref,
          corrects,
        },
      ]);
    const R = w.retailer;
    const [first] = await ship(P, A, R, R.site, 50, '2024-06-01T02:00:00Z', 'DN-1');
    await recordEvents(em, R.org, [
      {
        type: RecordableEventType.RECEIVED,
        lot: A.globalId,
        location: R.site.globalId,
        quantity: 20,
        occurredAt: t('2024-06-02T02:00:00Z'),
        shipment: first.globalId,
      },
    ]);
    await ship(P, A, R, store2, 30, '2024-06-03T02:00:00Z', 'DN-2');
    await ship(P, B, R, R.site, 20, '2024-06-04T02:00:00Z', 'DN-3');
    const site = (p: Party) => ({ org: p.org, location: p.site });
    await shipAndReceive(em, A, site(P), site(w.distributor), 40, t('2024-06-05T02:00:00Z'));
    await shipAndReceive(em, A, site(P), site(R), 5, t('2024-06-05T03:00:00Z'));
    await ship(w.distributor, A, R, R.site, 10, '2024-06-07T02:00:00Z', 'DN-4');
    const [wrong] = await ship(P, B, R, store2, 7, '2024-06-08T02:00:00Z', 'DN-5');
    await ship(P, B, R, store2, 6, '2024-06-08T02:00:00Z', 'DN-5', wrong.globalId);
    await ship(P, A, w.otherRetailer, w.otherRetailer.site, 5, '2024-06-09T02:00:00Z', 'DN-6');
  });
});
afterAll(() => h.close());

const incoming = (key: string, vars: { location?: string; first?: number } = {}) =>
  h.gql(IncomingShipmentsDocument, { first: 20, ...vars }, key);
const listOf = async (key: string, vars: { location?: string; first?: number } = {}) =>
  (await incoming(key, vars)).data!.viewer.organization!.incomingShipments!;

describe('incomingShipments', () => {
  it('lists what is on its way, not yet received in full, oldest first, with lot, sender and quantities', async () => {
    const list = await listOf(w.retailer.key);
    expect(list.totalCount).toBe(5);
    expect(
      list.nodes.map((n) => [
        n.referenceDocument,
        n.lot.lotNumber,
        n.lot.product.name,
        n.organization.name,
        n.location.name,
        n.counterpartyLocation?.name,
        n.quantity,
        n.quantityToReceive,
      ]),
    ).toEqual([
      ['DN-1', 'A-1', '积木', '郑州测试玩具厂', '郑州测试玩具厂 site', '洛阳测试商场 site', 50, 30],
      ['DN-2', 'A-1', '积木', '郑州测试玩具厂', '郑州测试玩具厂 site', '洛阳测试商场 二店', 30, 30],
      ['DN-3', 'B-1', '滑板车', '郑州测试玩具厂', '郑州测试玩具厂 site', '洛阳测试商场 site', 20, 20],
      ['DN-4', 'A-1', '积木', '中原测试物流', '中原测试物流 site', '洛阳测试商场 site', 10, 10],
      ['DN-5', 'B-1', '滑板车', '郑州测试玩具厂', '郑州测试玩具厂 site', '洛阳测试商场 二店', 6, 6],
    ]);
    expect(list.nodes.every((n) => n.type === 'SHIPPED')).toBe(true);
    expect(list.nodes[0].lot.product.gtin).toBe(`0${gtin13(6601)}`);
  });

  it('filters by location; a malformed or foreign location is an error with a code', async () => {
    const toStore2 = await listOf(w.retailer.key, { location: store2.globalId });
    expect(toStore2.nodes.map((n) => n.referenceDocument)).toEqual(['DN-2', 'DN-5']);
    const code = async (location: string) =>
      (await incoming(w.retailer.key, { location })).errors?.[0].extensions?.code;
    expect(await code('nonsense')).toBe('INVALID_ID');
    expect(await code(A.globalId)).toBe('WRONG_ID_TYPE');
    expect(await code(w.producer.site.globalId)).toBe('LOCATION_NOT_OWNED');
  });

  it('is for the organization itself and regulators', async () => {
    const of = (key: string) => h.gql(OrganizationIncomingDocument, { creditCode: w.retailer.org.creditCode }, key);
    expect((await of(w.otherRetailer.key)).data?.organization?.incomingShipments).toBeNull();
    expect((await of(w.regulator.key)).data?.organization?.incomingShipments?.totalCount).toBe(5);
  });

  it('a listed shipment is received by its ID; what is left goes down; a full receipt takes it off', async () => {
    const [first, second] = (await listOf(w.retailer.key)).nodes;
    const receive = (shipment: string, location: string, quantity: number) =>
      h.gql(
        CustodyEventsRecordDocument,
        {
          input: {
            idempotencyKey: `receive-${shipment}-${quantity}`,
            events: [{ type: 'RECEIVED', lot: A.globalId, location, quantity, occurredAt: RECEIVED_AT, shipment }],
          },
        },
        w.retailer.key,
      );
    expect((await receive(first.id, w.retailer.site.globalId, 10)).data?.custodyEventsRecord.errors).toEqual([]);
    expect((await receive(second.id, store2.globalId, 30)).data?.custodyEventsRecord.errors).toEqual([]);
    const after = await listOf(w.retailer.key);
    expect(after.totalCount).toBe(4);
    expect(after.nodes.map((n) => [n.referenceDocument, n.quantityToReceive])).toEqual([
      ['DN-1', 20],
      ['DN-3', 20],
      ['DN-4', 10],
      ['DN-5', 6],
    ]);
  });

  it('runs the same statements for a page of 1 and of 4, whatever lots, senders and sites they name', async () => {
    const count = async (first: number) => {
      h.resetQueries();
      const r = await incoming(w.retailer.key, { first });
      expect(r.errors).toBeUndefined();
      const statements = h.queries.filter((q) => !/\bapi_key\b/.test(q));
      return { n: statements.length, list: statements.map((q) => q.slice(0, 90)).join('\n') };
    };
    const one = await count(1);
    const four = await count(4);
    // The viewer's organization, the page, then lots, products, organizations and locations once each.
    expect(one.n, one.list).toBe(6);
    expect(four.n, four.list).toBe(6);
  });
});

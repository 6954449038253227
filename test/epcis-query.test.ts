import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import { schemaProblems } from '../src/modules/epcis/epcis.schema';
import {
  gtin13,
  makeLot,
  makeProduct,
  ProductCategory,
  recordEvents,
  RecordableEventType,
  shipAndReceive,
} from '../seeds/factories';
import { capture, document } from './helpers/epcis';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let toy: Product;
let lotA: Lot, lotB: Lot;
const place = (gln: string | null) => `https://id.gs1.org/414/${gln}`;
const dl = (lot: Lot) => `https://id.gs1.org/01/${toy.gtin}/10/${lot.lotNumber}`;
const urn = (gtin: string, lot: string) =>
  `urn:epc:class:lgtin:${gtin.slice(1, 8)}.${gtin[0]}${gtin.slice(8, 13)}.${lot}`;

/** Captured by the distributor: events with chosen IDs, about things the platform does not trace. */
const captured = () => [
  {
    eventID: 'urn:uuid:00000000-0000-4000-8000-000000000001',
    type: 'ObjectEvent',
    eventTime: '2026-06-01T08:00:00+08:00',
    eventTimeZoneOffset: '+08:00',
    action: 'OBSERVE',
    bizStep: 'inspecting',
    disposition: 'conformant',
    epcList: ['urn:epc:id:sgtin:4012345.011111.1'],
    readPoint: { id: 'urn:epc:id:sgln:4012345.00001.1' },
    bizLocation: { id: 'urn:epc:id:sgln:4012345.00001.0' },
  },
  {
    eventID: 'urn:uuid:00000000-0000-4000-8000-000000000002',
    type: 'AggregationEvent',
    eventTime: '2026-06-02T08:00:00+08:00',
    eventTimeZoneOffset: '+08:00',
    action: 'ADD',
    bizStep: 'packing',
    parentID: 'urn:epc:id:sscc:4012345.0000000001',
    childEPCs: ['urn:epc:id:sgtin:4012345.011111.1', 'https://id.gs1.org/01/04012345111118/21/2'],
  },
  {
    eventID: 'urn:uuid:00000000-0000-4000-8000-000000000003',
    type: 'TransformationEvent',
    eventTime: '2026-06-03T08:00:00+08:00',
    eventTimeZoneOffset: '+08:00',
    inputQuantityList: [{ epcClass: 'urn:epc:class:lgtin:4012345.011111.L1', quantity: 2, uom: 'KGM' }],
    outputEPCList: ['urn:epc:id:sgtin:4012345.022222.9'],
  },
  {
    eventID: 'urn:uuid:00000000-0000-4000-8000-000000000004',
    type: 'ObjectEvent',
    eventTime: '2026-06-04T08:00:00+08:00',
    eventTimeZoneOffset: '+08:00',
    action: 'DELETE',
    bizStep: 'decommissioning',
    disposition: 'inactive',
    epcList: ['urn:epc:id:sgtin:4012345.011111.1'],
  },
];
const C = (n: number) => `urn:uuid:00000000-0000-4000-8000-00000000000${n}`;

async function get(url: string, key: string) {
  const res = await h.http.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
  return { status: res.statusCode, body: res.json(), link: res.headers.link as string | undefined };
}

/** Event IDs of every page of a query, following Link: rel="next". */
async function ids(query: string, key = w.regulator.key): Promise<string[]> {
  const out: string[] = [];
  let url: string | null = `/epcis/events?${query}`;
  while (url) {
    const r = await get(url, key);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    out.push(...r.body.epcisBody.queryResults.resultsBody.eventList.map((e: { eventID: string }) => e.eventID));
    url = r.link ? /<([^>]+)>; rel="next"/.exec(r.link)![1] : null;
  }
  return out;
}

let chain: Record<string, string>;

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  chain = await h.tx(async (em) => {
    toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(9201),
      name: '查询测试玩具',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    lotA = await makeLot(em, w.producer.org, toy, {
      lotNumber: 'QA-1',
      producedOn: '2026-05-01',
      quantity: 100,
      location: w.producer.site,
    });
    lotB = await makeLot(em, w.producer.org, toy, {
      lotNumber: 'QB-1',
      producedOn: '2026-05-02',
      quantity: 50,
      location: w.producer.site,
    });
    const a = await shipAndReceive(
      em,
      lotA,
      { org: w.producer.org, location: w.producer.site },
      { org: w.distributor.org, location: w.distributor.site },
      30,
      new Date('2026-05-10T00:00:00Z'),
      'DA-9',
    );
    const [sold] = await recordEvents(em, w.distributor.org, [
      {
        type: RecordableEventType.SHIPPED,
        lot: lotA.globalId,
        location: w.distributor.site.globalId,
        quantity: 5,
        occurredAt: new Date('2026-05-12T00:00:00Z'),
        counterparty: w.retailer.org.globalId,
        counterpartyLocation: w.retailer.site.globalId,
      },
    ]);
    return {
      shipped: `urn:uuid:${a.shipment.id}`,
      received: `urn:uuid:${a.receipt.id}`,
      shippedOn: `urn:uuid:${sold.id}`,
    };
  });
  const r = await capture(h, w.distributor.key, document(captured()));
  expect(r.job!.success).toBe(true);
});
afterAll(() => h.close());

describe('EPCIS queries', () => {
  it("answer an EPCISQueryDocument GS1's schema accepts, the chain from GraphQL read as EPCIS", async () => {
    const r = await get(`/epcis/events?MATCH_anyEPC=${encodeURIComponent(dl(lotA))}`, w.regulator.key);
    expect(r.status).toBe(200);
    expect(schemaProblems(r.body)).toEqual([]);
    const events = r.body.epcisBody.queryResults.resultsBody.eventList;
    expect(events.map((e: { bizStep: string }) => e.bizStep)).toEqual([
      'commissioning',
      'shipping',
      'receiving',
      'shipping',
    ]);
    expect(events[1]).toMatchObject({
      type: 'ObjectEvent',
      action: 'OBSERVE',
      disposition: 'in_transit',
      eventID: chain.shipped,
      quantityList: [{ epcClass: dl(lotA), quantity: 30, uom: 'EA' }],
      bizLocation: { id: place(w.producer.site.gln) },
      destinationList: expect.arrayContaining([{ type: 'location', destination: place(w.distributor.site.gln) }]),
      bizTransactionList: [{ type: 'desadv', bizTransaction: `urn:epcglobal:cbv:bt:${w.producer.org.gln}:DA-9` }],
    });
  });

  it('filter by every standard parameter', async () => {
    expect(await ids('eventType=AggregationEvent|TransformationEvent')).toEqual([C(2), C(3)]);
    expect(await ids('GE_eventTime=2026-06-02T00:00:00Z&LT_eventTime=2026-06-04T00:00:00Z')).toEqual([C(2), C(3)]);
    const all = await ids('');
    expect(await ids(`GE_recordTime=2000-01-01T00:00:00Z&LT_recordTime=2099-01-01T00:00:00Z`)).toEqual(all);
    expect(await ids('LT_recordTime=2000-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('EQ_action=DELETE')).toEqual([C(4)]);
    expect(await ids(`EQ_action=ADD&MATCH_epcClass=${encodeURIComponent(dl(lotB))}`)).toHaveLength(1);
    expect(await ids('EQ_bizStep=inspecting|https://ref.gs1.org/cbv/BizStep-decommissioning')).toEqual([C(1), C(4)]);
    expect(await ids('EQ_disposition=conformant')).toEqual([C(1)]);
    expect(await ids('EQ_disposition=in_transit')).toEqual([chain.shipped, chain.shippedOn]);
    expect(await ids('EQ_readPoint=urn:epc:id:sgln:4012345.00001.1')).toEqual([C(1)]);
    expect(await ids('EQ_bizLocation=https://id.gs1.org/414/4012345000016')).toEqual([C(1)]);
    expect(await ids(`EQ_bizLocation=${encodeURIComponent(place(w.distributor.site.gln))}`)).toEqual([
      chain.received,
      chain.shippedOn,
    ]);
    expect(await ids('MATCH_epc=https://id.gs1.org/01/04012345111118/21/1')).toEqual([C(1), C(2), C(4)]);
    expect(await ids('MATCH_epc=urn:epc:idpat:sgtin:4012345.011111.*')).toEqual([C(1), C(2), C(4)]);
    expect(await ids('MATCH_parentID=urn:epc:id:sscc:4012345.0000000001')).toEqual([C(2)]);
    expect(await ids('MATCH_anyEPC=urn:epc:id:sgtin:4012345.022222.9')).toEqual([C(3)]);
    expect(await ids('MATCH_epcClass=urn:epc:class:lgtin:4012345.011111.L1')).toEqual([]);
    expect(await ids('MATCH_anyEPCClass=urn:epc:class:lgtin:4012345.011111.L1')).toEqual([C(3)]);
    expect(await ids(`MATCH_epcClass=${encodeURIComponent(urn(toy.gtin, 'QB-1'))}`)).toHaveLength(1);
    expect(await ids(`EQ_eventID=${C(4)}|${chain.received}`)).toEqual([chain.received, C(4)]);
    expect(await ids('orderBy=eventTime&orderDirection=DESC&eventType=AggregationEvent|TransformationEvent')).toEqual([
      C(3),
      C(2),
    ]);
    expect(await ids('orderBy=recordTime&eventCountLimit=2')).toHaveLength(2);
    expect(await ids('eventCountLimit=3&perPage=2')).toEqual(all.slice(0, 3));
  });

  it('page with perPage and nextPageToken (Link: rel="next"), every event once, in order', async () => {
    const all = await ids('perPage=1000');
    expect(all.length).toBeGreaterThanOrEqual(9);
    expect(await ids('perPage=2')).toEqual(all);
    expect(await ids('perPage=3&orderDirection=DESC')).toEqual([...all].reverse());
    const bad = await get('/epcis/events?perPage=2&nextPageToken=abc', w.regulator.key);
    expect(bad.status).toBe(400);
    expect(bad.body.type).toBe('epcisException:QueryParameterException');
  });

  it('give each caller only the events it may receive', async () => {
    const lot = `MATCH_anyEPC=${encodeURIComponent(dl(lotA))}`;
    // The partner sees the shared lot's events it is named on; the producer its own and its shipment's receipt.
    expect(await ids(lot, w.distributor.key)).toEqual([chain.shipped, chain.received, chain.shippedOn]);
    expect(await ids(lot, w.retailer.key)).toEqual([chain.shippedOn]);
    expect(await ids(lot, w.otherRetailer.key)).toEqual([]);
    expect(await ids(lot, w.regulator.key)).toHaveLength(4);
    // Stored-only events: the capturing organization and regulators.
    expect(await ids('eventType=AggregationEvent', w.distributor.key)).toEqual([C(2)]);
    expect(await ids('eventType=AggregationEvent', w.producer.key)).toEqual([]);
    expect((await h.http.app.inject({ method: 'GET', url: '/epcis/events' })).statusCode).toBe(401);
  });

  it('answer one event by ID and the events of one EPC, business step or location', async () => {
    const one = await get(`/epcis/events/${encodeURIComponent(chain.received)}`, w.distributor.key);
    expect(one.body).toMatchObject({ eventID: chain.received, bizStep: 'receiving' });
    expect((await get(`/epcis/events/${encodeURIComponent(chain.received)}`, w.otherRetailer.key)).status).toBe(404);
    const byEpc = await get(`/epcis/epcs/${encodeURIComponent(urn(toy.gtin, 'QA-1'))}/events`, w.regulator.key);
    expect(byEpc.body.epcisBody.queryResults.resultsBody.eventList).toHaveLength(4);
    const bySteps = await get('/epcis/bizSteps/packing/events', w.regulator.key);
    expect(
      bySteps.body.epcisBody.queryResults.resultsBody.eventList.map((e: { eventID: string }) => e.eventID),
    ).toEqual([C(2)]);
  });

  it('refuse unknown and malformed parameters with the reason', async () => {
    for (const query of [
      'EQ_colour=red',
      'GE_eventTime=yesterday',
      'MATCH_epc=urn:epc:id:sgtin:1.2.3',
      'EQ_action=MOVE',
      'perPage=0',
      'orderBy=lot',
    ]) {
      const r = await get(`/epcis/events?${query}`, w.regulator.key);
      expect(r.status, query).toBe(400);
      expect(r.body.type).toBe('epcisException:QueryParameterException');
    }
  });
});

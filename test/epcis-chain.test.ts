import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import { capture, countStored, document } from './helpers/epcis';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let toy: Product, resin: Product;
let resinLot: Lot;

const sgln = (gln: string) => `urn:epc:id:sgln:${gln.slice(0, 7)}.${gln.slice(7, 12)}.0`;
const lgtin = (gtin13: string, lot: string) =>
  `urn:epc:class:lgtin:${gtin13.slice(0, 7)}.0${gtin13.slice(7, 12)}.${lot}`;
const place = (gln: string | null) => `https://id.gs1.org/414/${gln}`;
const at = (t: string) => ({ eventTime: t, eventTimeZoneOffset: '+08:00' });

const commission = (lot: string, quantity: number, gln = w.producer.site.gln!) => ({
  type: 'ObjectEvent',
  ...at('2026-11-02T09:00:00+08:00'),
  action: 'ADD',
  bizStep: 'commissioning',
  disposition: 'active',
  quantityList: [{ epcClass: lgtin(toy.gtin.slice(1), lot), quantity }],
  bizLocation: { id: sgln(gln) },
  readPoint: { id: sgln(gln) },
});
const ship = (
  lot: string,
  quantity: number,
  from: string,
  to: string,
  desadv: string | null,
  time = '2026-11-03T09:00:00+08:00',
) => ({
  type: 'ObjectEvent',
  ...at(time),
  action: 'OBSERVE',
  bizStep: 'shipping',
  disposition: 'in_transit',
  quantityList: [{ epcClass: `https://id.gs1.org/01/${toy.gtin}/10/${lot}`, quantity }],
  readPoint: { id: place(from) },
  ...(desadv ? { bizTransactionList: [{ type: 'desadv', bizTransaction: desadv }] } : {}),
  sourceList: [{ type: 'location', source: place(from) }],
  destinationList: [{ type: 'location', destination: place(to) }],
});
const receive = (
  lot: string,
  quantity: number,
  from: string,
  to: string,
  desadv: string | null,
  time = '2026-11-04T09:00:00+08:00',
) => ({
  ...ship(lot, quantity, from, to, desadv, time),
  bizStep: 'receiving',
  disposition: 'in_progress',
  readPoint: { id: place(to) },
  bizLocation: { id: place(to) },
});
const observe = (step: string, lot: string, quantity: number, gln: string, time: string) => ({
  type: 'ObjectEvent',
  ...at(time),
  action: 'OBSERVE',
  bizStep: step,
  quantityList: [{ epcClass: lgtin(toy.gtin.slice(1), lot), quantity }],
  bizLocation: { id: place(gln) },
  readPoint: { id: place(gln) },
});

async function trace(lotNumber: string, key = w.regulator.key) {
  const r = await h.gql<
    {
      lot: {
        lotNumber: string;
        producer: { name: string };
        quantity: number;
        inputs: { input: { lotNumber: string } }[];
        custodyEvents: {
          nodes: {
            type: string;
            quantity: number;
            organization: { name: string };
            counterparty: { name: string } | null;
            referenceDocument: string | null;
            shipment: { type: string } | null;
          }[];
        };
      } | null;
    },
    object
  >(
    `query($gtin: String!, $lot: String!) {
       lot(gtin: $gtin, lotNumber: $lot) {
         lotNumber quantity producer { name } inputs { input { lotNumber } }
         custodyEvents(first: 50) {
           nodes { type quantity organization { name } counterparty { name } referenceDocument shipment { type } }
         }
       }
     }`,
    { gtin: toy.gtin, lot: lotNumber },
    key,
  );
  return r.data!.lot;
}

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(9101),
      name: '童趣 EPCIS 滑板车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'kick scooter',
    });
    resin = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(9102),
      name: 'ABS 树脂',
      category: ProductCategory.MATERIAL,
    });
    resinLot = await makeLot(em, w.supplier.org, resin, {
      lotNumber: 'R-1',
      producedOn: '2026-10-01',
      quantity: 1000,
      location: w.supplier.site,
    });
    await shipAndReceive(
      em,
      resinLot,
      { org: w.supplier.org, location: w.supplier.site },
      { org: w.producer.org, location: w.producer.site },
      500,
      new Date('2026-10-05T00:00:00Z'),
    );
  });
});
afterAll(() => h.close());

describe('EPCIS events that describe the chain change it, as GraphQL would', () => {
  it("commissioning a lot of the producer's product registers the lot", async () => {
    const r = await capture(h, w.producer.key, document([commission('EP-1', 100)]));
    expect(r.job!.events[0]).toMatchObject({ outcome: 'RECORDED' });
    const lot = await trace('EP-1');
    expect(lot).toMatchObject({ lotNumber: 'EP-1', quantity: 100, producer: { name: w.producer.org.name } });
    expect(lot!.custodyEvents.nodes).toEqual([expect.objectContaining({ type: 'PRODUCED', quantity: 100 })]);
  });

  it('shipping and receiving are shipments and receipts; receipts find shipments by desadv or source', async () => {
    const P = w.producer.site.gln!,
      D = w.distributor.site.gln!,
      R = w.retailer.site.gln!;
    expect(
      (await capture(h, w.producer.key, document([ship('EP-1', 40, P, D, 'urn:epcglobal:cbv:bt:6909990000001:DA-1')])))
        .job!.events[0].outcome,
    ).toBe('RECORDED');
    expect(
      (
        await capture(
          h,
          w.distributor.key,
          document([receive('EP-1', 40, P, D, 'urn:epcglobal:cbv:bt:6909990000001:DA-1')]),
        )
      ).job!.events[0].outcome,
    ).toBe('RECORDED');
    const second = await capture(
      h,
      w.distributor.key,
      document([ship('EP-1', 10, D, R, null, '2026-11-05T09:00:00+08:00')]),
    );
    expect(second.job!.events[0].outcome).toBe('RECORDED');
    const third = await capture(
      h,
      w.retailer.key,
      document([
        receive('EP-1', 10, D, R, null, '2026-11-06T09:00:00+08:00'),
        observe('retail_selling', 'EP-1', 3, R, '2026-11-07T15:00:00+08:00'),
        observe('destroying', 'EP-1', 1, R, '2026-11-08T15:00:00+08:00'),
      ]),
    );
    expect(third.job!.events.map((e) => e.outcome)).toEqual(['RECORDED', 'RECORDED', 'RECORDED']);
    const events = (await trace('EP-1'))!.custodyEvents.nodes;
    expect(events.map((e) => [e.type, e.quantity, e.organization.name, e.counterparty?.name ?? null])).toEqual([
      ['PRODUCED', 100, w.producer.org.name, null],
      ['SHIPPED', 40, w.producer.org.name, w.distributor.org.name],
      ['RECEIVED', 40, w.distributor.org.name, w.producer.org.name],
      ['SHIPPED', 10, w.distributor.org.name, w.retailer.org.name],
      ['RECEIVED', 10, w.retailer.org.name, w.distributor.org.name],
      ['SOLD', 3, w.retailer.org.name, null],
      ['DESTROYED', 1, w.retailer.org.name, null],
    ]);
    expect(events[2]).toMatchObject({
      referenceDocument: 'urn:epcglobal:cbv:bt:6909990000001:DA-1',
      shipment: { type: 'SHIPPED' },
    });
  });

  it("a transformation is a lot with its inputs, consumed from the producer's stock", async () => {
    const event = {
      type: 'TransformationEvent',
      ...at('2026-11-10T10:00:00+08:00'),
      bizStep: 'commissioning',
      bizLocation: { id: place(w.producer.site.gln) },
      inputQuantityList: [{ epcClass: `https://id.gs1.org/01/${resin.gtin}/10/R-1`, quantity: 120 }],
      outputQuantityList: [{ epcClass: lgtin(toy.gtin.slice(1), 'EP-2'), quantity: 60 }],
    };
    expect((await capture(h, w.producer.key, document([event]))).job!.events[0].outcome).toBe('RECORDED');
    expect((await trace('EP-2'))!.inputs).toEqual([{ input: { lotNumber: 'R-1' } }]);
  });

  it('an event breaking a rule is refused as in GraphQL: rollback stores nothing, proceed keeps the rest', async () => {
    const R = w.retailer.site.gln!;
    const sound = observe('retail_selling', 'EP-1', 1, R, '2026-11-09T10:00:00+08:00');
    const oversold = observe('retail_selling', 'EP-1', 100, R, '2026-11-09T11:00:00+08:00');
    const before = { stored: await countStored(h), events: (await trace('EP-1'))!.custodyEvents.nodes.length };
    const rollback = await capture(h, w.retailer.key, document([sound, oversold]));
    expect(rollback.job!.success).toBe(false);
    expect(rollback.job!.events.map((e) => e.outcome)).toEqual(['NOT_STORED', 'REFUSED']);
    expect(rollback.job!.events[1].errors![0].code).toBe('INSUFFICIENT_QUANTITY');
    expect(rollback.job!.errors[0]).toMatchObject({ type: 'epcisException:ValidationException', eventIndex: 1 });
    expect(await countStored(h)).toBe(before.stored);
    expect((await trace('EP-1'))!.custodyEvents.nodes).toHaveLength(before.events);

    const proceed = await capture(h, w.retailer.key, document([sound, oversold]), {
      'GS1-Capture-Error-Behaviour': 'proceed',
    });
    expect(proceed.job!.events.map((e) => e.outcome)).toEqual(['RECORDED', 'REFUSED']);
    expect(await countStored(h)).toBe(before.stored + 1);
    expect((await trace('EP-1'))!.custodyEvents.nodes).toHaveLength(before.events + 1);
  });

  it("refuses a lot of another's product, a shipment from another organization's site and an unknown lot", async () => {
    const r = await capture(
      h,
      w.distributor.key,
      document([
        commission('EP-9', 5, w.distributor.site.gln!),
        ship('EP-1', 1, w.producer.site.gln!, w.retailer.site.gln!, null),
        ship('NO-SUCH-LOT', 1, w.distributor.site.gln!, w.retailer.site.gln!, null),
      ]),
      { 'GS1-Capture-Error-Behaviour': 'proceed' },
    );
    expect(r.job!.events.map((e) => [e.outcome, e.errors?.[0].code])).toEqual([
      ['REFUSED', 'FORBIDDEN'],
      ['REFUSED', 'LOCATION_NOT_OWNED'],
      ['REFUSED', 'NOT_FOUND'],
    ]);
  });

  it('an event about objects the platform does not trace is stored only', async () => {
    const foreign = {
      ...observe('shipping', 'X', 1, w.distributor.site.gln!, '2026-11-09T10:00:00+08:00'),
      quantityList: [{ epcClass: 'urn:epc:class:lgtin:4012345.012345.998877', quantity: 5 }],
    };
    const inspecting = observe('inspecting', 'EP-1', 1, w.distributor.site.gln!, '2026-11-09T10:00:00+08:00');
    const r = await capture(h, w.distributor.key, document([foreign, inspecting]));
    expect(r.job!.events.map((e) => e.outcome)).toEqual(['STORED', 'STORED']);
  });

  it('a lot captured through EPCIS shows on its scan page with its holders', async () => {
    const res = await h.http.app.inject({
      method: 'GET',
      url: `/01/${toy.gtin}/10/EP-1?lang=en`,
      headers: { accept: 'text/html' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('EP-1');
    expect(res.body).toContain(w.retailer.org.name);
  });
});

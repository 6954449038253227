import fs from 'node:fs';
import path from 'node:path';
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
import { capture, OPENEPCIS, readJson, REFUSED_VALID } from './helpers/epcis';
import { expandEvent } from './helpers/jsonld';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
});
afterAll(() => h.close());

async function event(id: string, key: string) {
  const r = await h.http.app.inject({
    method: 'GET',
    url: `/epcis/events/${encodeURIComponent(id)}`,
    headers: { authorization: `Bearer ${key}` },
  });
  expect(r.statusCode, id).toBe(200);
  return r.json();
}

describe('EPCIS round trip', () => {
  /**
   * The first capture of each event ID: OpenEPCIS reuses two IDs for other events, which are then duplicates of the
   * first.
   */
  const first = new Map<string, { event: Record<string, unknown>; context: unknown }>();
  const files = fs.readdirSync(path.join(OPENEPCIS, 'valid')).filter((f) => !(f in REFUSED_VALID));
  for (const file of files) {
    it(`valid/${file}: captured and read back, the same events as JSON-LD`, async () => {
      const doc = readJson(path.join(OPENEPCIS, 'valid', file));
      const r = await capture(h, w.distributor.key, doc);
      expect(r.job!.success).toBe(true);
      for (const [i, original] of (doc.epcisBody.eventList as Record<string, unknown>[]).entries()) {
        const id = r.job!.events[i].eventID;
        if (r.job!.events[i].outcome !== 'DUPLICATE') first.set(id, { event: original, context: doc['@context'] });
        const stored = first.get(id)!;
        const back = await event(id, w.distributor.key);
        // The server adds recordTime, and the event hash ID to an event that came without an ID.
        expect(typeof back.recordTime).toBe('string');
        const { recordTime: _r, '@context': backContext, ...returned } = back;
        if (!stored.event.eventID) {
          expect(returned.eventID).toMatch(/^ni:\/\/\/sha-256;/);
          delete returned.eventID;
        }
        const { recordTime: _o, ...sent } = stored.event;
        expect(
          await expandEvent(returned, [
            'https://ref.gs1.org/standards/epcis/epcis-context.jsonld',
            ...(backContext ?? []),
          ]),
        ).toEqual(await expandEvent(sent, stored.context));
      }
    });
  }
});

describe("a lot's trace as one EPCISDocument", () => {
  let toy: Product, resin: Product, resinLot: Lot, toyLot: Lot;
  beforeAll(async () => {
    await h.tx(async (em) => {
      resin = await makeProduct(em, w.supplier.org, {
        gtin: gtin13(9301),
        name: '导出测试树脂',
        category: ProductCategory.MATERIAL,
      });
      toy = await makeProduct(em, w.producer.org, {
        gtin: gtin13(9302),
        name: '导出测试玩具',
        category: ProductCategory.CHILDRENS_GOODS,
        subcategory: 'toy',
      });
      resinLot = await makeLot(em, w.supplier.org, resin, {
        lotNumber: 'XR-1',
        producedOn: '2026-04-01',
        quantity: 500,
        location: w.supplier.site,
        expiresOn: '2028-04-01',
      });
      await shipAndReceive(
        em,
        resinLot,
        { org: w.supplier.org, location: w.supplier.site },
        { org: w.producer.org, location: w.producer.site },
        200,
        new Date('2026-04-05T00:00:00Z'),
        'DA-77',
      );
      toyLot = await makeLot(em, w.producer.org, toy, {
        lotNumber: 'XT-1',
        producedOn: '2026-04-10',
        quantity: 100,
        location: w.producer.site,
        inputs: [{ lot: resinLot, quantity: 150 }],
      });
      await shipAndReceive(
        em,
        toyLot,
        { org: w.producer.org, location: w.producer.site },
        { org: w.retailer.org, location: w.retailer.site },
        20,
        new Date('2026-04-12T00:00:00Z'),
      );
      await recordEvents(em, w.retailer.org, [
        {
          type: RecordableEventType.SOLD,
          lot: toyLot.globalId,
          location: w.retailer.site.globalId,
          quantity: 2,
          occurredAt: new Date('2026-04-15T00:00:00Z'),
        },
      ]);
    });
  });

  it("holds the lot's events and its inputs', and GS1's schema accepts it", async () => {
    const res = await h.http.app.inject({
      method: 'GET',
      url: `/epcis/trace/01/${toy.gtin}/10/XT-1`,
      headers: { authorization: `Bearer ${w.regulator.key}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`trace-${toy.gtin}-XT-1.jsonld`);
    const doc = res.json();
    expect(schemaProblems(doc)).toEqual([]);
    const steps = doc.epcisBody.eventList.map(
      (e: {
        type: string;
        bizStep: string;
        quantityList?: { epcClass: string }[];
        inputQuantityList?: { epcClass: string }[];
      }) => `${e.type}:${e.bizStep}:${(e.quantityList ?? e.inputQuantityList)![0].epcClass.split('/10/')[1]}`,
    );
    // The lot's commissioning and its transformation happened at one moment: in either order.
    expect([...steps.slice(0, 3), ...steps.slice(3, 5).sort(), ...steps.slice(5)]).toEqual([
      'ObjectEvent:commissioning:XR-1',
      'ObjectEvent:shipping:XR-1',
      'ObjectEvent:receiving:XR-1',
      'ObjectEvent:commissioning:XT-1',
      'TransformationEvent:commissioning:XR-1',
      'ObjectEvent:shipping:XT-1',
      'ObjectEvent:receiving:XT-1',
      'ObjectEvent:retail_selling:XT-1',
    ]);
    expect(doc.epcisBody.eventList[0].ilmd).toEqual({ 'cbvmda:itemExpirationDate': '2028-04-01' });
  });

  it('holds only what the caller may receive', async () => {
    const res = await h.http.app.inject({
      method: 'GET',
      url: `/epcis/trace/01/${toy.gtin}/10/XT-1`,
      headers: { authorization: `Bearer ${w.retailer.key}` },
    });
    expect(res.json().epcisBody.eventList.map((e: { bizStep: string }) => e.bizStep)).toEqual([
      'shipping',
      'receiving',
      'retail_selling',
    ]);
    expect(
      (
        await h.http.app.inject({
          method: 'GET',
          url: `/epcis/trace/01/${toy.gtin}/10/NOPE`,
          headers: { authorization: `Bearer ${w.retailer.key}` },
        })
      ).statusCode,
    ).toBe(404);
  });
});

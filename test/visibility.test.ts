import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../src/modules/custody/custody-event.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import { LotTraceDocument, NodeDocument, StockDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Private by default: the producer P makes lot L from the supplier's lot M and ships L to the
 * distributor D. Who sees which quantities and events.
 */
let h: Harness;
let w: World;
let shipment: CustodyEvent;
const GTIN = gtin13(9701);

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  shipment = await h.tx(async (em) => {
    const m = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(9700),
      name: '电芯',
      category: ProductCategory.MATERIAL,
    });
    const mLot = await makeLot(em, w.supplier.org, m, {
      lotNumber: 'M-1',
      producedOn: '2024-06-01',
      quantity: 1000,
      location: w.supplier.site,
    });
    await shipAndReceive(
      em,
      mLot,
      { org: w.supplier.org, location: w.supplier.site },
      { org: w.producer.org, location: w.producer.site },
      500,
      new Date('2024-06-05T00:00:00Z'),
    );
    const p = await makeProduct(em, w.producer.org, {
      gtin: GTIN,
      name: '电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    const lot = await makeLot(em, w.producer.org, p, {
      lotNumber: 'L-1',
      producedOn: '2024-07-01',
      quantity: 100,
      location: w.producer.site,
      inputs: [{ lot: mLot, quantity: 240 }],
    });
    return (
      await shipAndReceive(
        em,
        lot,
        { org: w.producer.org, location: w.producer.site },
        { org: w.distributor.org, location: w.distributor.site },
        60,
        new Date('2024-07-05T00:00:00Z'),
      )
    ).shipment;
  });
});
afterAll(() => h.close());

const viewers = () => ({
  public: undefined as string | undefined,
  producer: w.producer.key,
  partner: w.distributor.key,
  supplier: w.supplier.key,
  unrelated: w.otherRetailer.key,
  regulator: w.regulator.key,
});

async function seenBy(key: string | undefined) {
  const t = (await h.gql(LotTraceDocument, { gtin: GTIN, lotNumber: 'L-1' }, key)).data!.lot!;
  const holder = (name: string) => t.holders.nodes.find((x) => x.organization.name === name)!;
  return {
    lotQuantity: t.quantity,
    inputQuantity: t.upstream.edges[0].quantity,
    producerStock: holder('郑州测试玩具厂').quantities?.onHand ?? null,
    distributorStock: holder('中原测试物流').quantities?.onHand ?? null,
    events: t.custodyEvents.nodes.map((e) => e.type).sort(),
    shipmentNode: (await h.gql(NodeDocument, { id: shipment.globalId }, key)).data?.node?.__typename ?? null,
    distributorStockList:
      (await h.gql(StockDocument, { creditCode: w.distributor.org.creditCode }, key)).data?.organization?.stock
        ?.totalCount ?? null,
    // Everyone sees the chain itself.
    holders: t.holders.nodes.map((x) => x.organization.name).sort(),
    upstream: t.upstream.nodes.map((e) => e.lot.lotNumber),
  };
}

describe('who sees what', () => {
  const chain = { holders: ['中原测试物流', '郑州测试玩具厂'], upstream: ['M-1'] };
  const expected = {
    public: {
      lotQuantity: null,
      inputQuantity: null,
      producerStock: null,
      distributorStock: null,
      events: [],
      shipmentNode: null,
      distributorStockList: null,
      ...chain,
    },
    producer: {
      lotQuantity: 100,
      inputQuantity: 240,
      producerStock: 40,
      distributorStock: null,
      events: ['PRODUCED', 'RECEIVED', 'SHIPPED'],
      shipmentNode: 'CustodyEvent',
      distributorStockList: null,
      ...chain,
    },
    partner: {
      lotQuantity: null,
      inputQuantity: null,
      producerStock: null,
      distributorStock: 60,
      events: ['RECEIVED', 'SHIPPED'],
      shipmentNode: 'CustodyEvent',
      distributorStockList: 1,
      ...chain,
    },
    supplier: {
      lotQuantity: null,
      inputQuantity: 240,
      producerStock: null,
      distributorStock: null,
      events: [],
      shipmentNode: null,
      distributorStockList: null,
      ...chain,
    },
    unrelated: {
      lotQuantity: null,
      inputQuantity: null,
      producerStock: null,
      distributorStock: null,
      events: [],
      shipmentNode: null,
      distributorStockList: null,
      ...chain,
    },
    regulator: {
      lotQuantity: 100,
      inputQuantity: 240,
      producerStock: 40,
      distributorStock: 60,
      events: ['PRODUCED', 'RECEIVED', 'SHIPPED'],
      shipmentNode: 'CustodyEvent',
      distributorStockList: 1,
      ...chain,
    },
  };

  it.each(Object.keys(expected) as (keyof typeof expected)[])('%s', async (who) => {
    expect(await seenBy(viewers()[who])).toEqual(expected[who]);
  });
});

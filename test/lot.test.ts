import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import {
  LotInputsRecordDocument,
  LotRegisterDocument,
  LotTraceDocument,
  type LotRegisterInput,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let cells: Product, pack: Product, toy: Product;
let cellLot: Lot;

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    cells = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(8001),
      name: '电芯',
      category: ProductCategory.MATERIAL,
    });
    pack = await makeProduct(em, w.producer.org, {
      gtin: gtin13(8002),
      name: '电池组',
      category: ProductCategory.MATERIAL,
    });
    toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(8003),
      name: '电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    });
    cellLot = await makeLot(em, w.supplier.org, cells, {
      lotNumber: 'C-1',
      producedOn: '2024-07-01',
      quantity: 1000,
      location: w.supplier.site,
    });
    await shipAndReceive(
      em,
      cellLot,
      { org: w.supplier.org, location: w.supplier.site },
      { org: w.producer.org, location: w.producer.site },
      600,
      new Date('2024-07-05T00:00:00Z'),
    );
  });
});
afterAll(() => h.close());

const lotInput = (over: Partial<LotRegisterInput> = {}): LotRegisterInput => ({
  lotNumber: 'P-1',
  producedOn: '2024-08-01',
  quantity: 100,
  unit: 'EACH',
  location: w.producer.site.globalId,
  ...over,
});

async function counts() {
  const [lots, edges, events] = await Promise.all([
    h.em().count('Lot'),
    h.em().count('LotInput'),
    h.em().count('CustodyEvent'),
  ]);
  return { lots, edges, events };
}

describe('lotRegister', () => {
  it("registers a production lot consuming an input lot from the producer's stock", async () => {
    const r = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ inputs: [{ lot: cellLot.globalId, quantity: 400 }] }) },
      w.producer.key,
    );
    expect(r.data?.lotRegister.errors).toEqual([]);
    expect(r.data?.lotRegister.lot).toMatchObject({
      lotNumber: 'P-1',
      producedOn: '2024-08-01',
      quantity: 100,
      unit: 'EACH',
      inputs: [{ quantity: 400, unit: 'EACH', input: { lotNumber: 'C-1' } }],
    });
  });

  it('refuses to consume more than the producer holds at the production location', async () => {
    const before = await counts();
    const r = await h.gql(
      LotRegisterDocument,
      {
        product: pack.globalId,
        input: lotInput({ lotNumber: 'P-2', inputs: [{ lot: cellLot.globalId, quantity: 201 }] }),
      },
      w.producer.key,
    );
    expect(r.data?.lotRegister.errors).toEqual([
      expect.objectContaining({ code: 'INSUFFICIENT_QUANTITY', field: ['input', 'inputs', '0', 'quantity'] }),
    ]);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [{ lotNumber: 'LOT 1' }, 'INVALID_LOT_NUMBER', ['input', 'lotNumber']],
    [{ lotNumber: 'L😀' }, 'INVALID_LOT_NUMBER', ['input', 'lotNumber']],
    [{ lotNumber: 'X'.repeat(21) }, 'INVALID_LOT_NUMBER', ['input', 'lotNumber']],
    [{ lotNumber: 'P-1' }, 'DUPLICATE_LOT', ['input', 'lotNumber']],
    [{ producedOn: '2024-02-30' }, 'INVALID_DATE', ['input', 'producedOn']],
    [{ producedOn: '2999-01-01' }, 'FUTURE_DATE', ['input', 'producedOn']],
    [{ expiresOn: '2024-01-01' }, 'INVALID_EXPIRY', ['input', 'expiresOn']],
    [{ quantity: 0 }, 'INVALID_QUANTITY', ['input', 'quantity']],
    [{ quantity: -5 }, 'INVALID_QUANTITY', ['input', 'quantity']],
    [{ quantity: 1.0001 }, 'INVALID_QUANTITY', ['input', 'quantity']],
  ])('refuses %o with %s', async (patch, code, field) => {
    const before = await counts();
    const r = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ lotNumber: 'P-9', ...patch }) },
      w.producer.key,
    );
    expect(r.data?.lotRegister.lot).toBeNull();
    expect(r.data?.lotRegister.errors).toContainEqual(expect.objectContaining({ code, field }));
    expect(await counts()).toEqual(before);
  });

  it('names wrong, unknown and foreign IDs with their own codes', async () => {
    const wrongType = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ lotNumber: 'P-9', location: pack.globalId }) },
      w.producer.key,
    );
    expect(wrongType.data?.lotRegister.errors).toEqual([
      expect.objectContaining({ code: 'WRONG_ID_TYPE', field: ['input', 'location'] }),
    ]);
    const unknown = await h.gql(
      LotRegisterDocument,
      { product: toGlobalId('Product', '00000000-0000-4000-8000-000000000000'), input: lotInput({ lotNumber: 'P-9' }) },
      w.producer.key,
    );
    expect(unknown.data?.lotRegister.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['product'] }),
    ]);
    const foreign = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ lotNumber: 'P-9', location: w.retailer.site.globalId }) },
      w.producer.key,
    );
    expect(foreign.data?.lotRegister.errors).toEqual([
      expect.objectContaining({ code: 'LOCATION_NOT_OWNED', field: ['input', 'location'] }),
    ]);
    const garbage = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ lotNumber: 'P-9', inputs: [{ lot: 'x', quantity: 1 }] }) },
      w.producer.key,
    );
    expect(garbage.data?.lotRegister.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_ID', field: ['input', 'inputs', '0', 'lot'] }),
    ]);
  });

  it("only the product's producer registers its lots", async () => {
    const r = await h.gql(
      LotRegisterDocument,
      { product: pack.globalId, input: lotInput({ lotNumber: 'P-9', location: w.supplier.site.globalId }) },
      w.supplier.key,
    );
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('lineage', () => {
  let chain: Lot[];
  beforeAll(async () => {
    // Five levels made by the producer: M1 -> M2 -> M3 -> M4 -> toy.
    chain = await h.tx(async (em) => {
      const lots: Lot[] = [];
      for (let i = 1; i <= 4; i++) {
        const p = await makeProduct(em, w.producer.org, {
          gtin: gtin13(8100 + i),
          name: `部件 ${i}`,
          category: ProductCategory.MATERIAL,
        });
        lots.push(
          await makeLot(em, w.producer.org, p, {
            lotNumber: `M${i}`,
            producedOn: `2024-08-0${i}`,
            quantity: 100,
            location: w.producer.site,
            inputs: i > 1 ? [{ lot: lots[i - 2], quantity: 10 }] : [],
          }),
        );
      }
      lots.push(
        await makeLot(em, w.producer.org, toy, {
          lotNumber: 'TOY-1',
          producedOn: '2024-08-09',
          quantity: 10,
          location: w.producer.site,
          inputs: [{ lot: lots[3], quantity: 10 }],
        }),
      );
      return lots;
    });
  });

  it('returns the whole upstream graph, any depth, in one answer', async () => {
    const r = await h.gql(LotTraceDocument, { gtin: gtin13(8003), lotNumber: 'TOY-1' });
    const upstream = r.data!.lot!.upstream;
    expect(upstream.nodes.map((n) => [n.depth, n.lot.lotNumber, n.usedIn.map((e) => e.output.lotNumber)])).toEqual([
      [1, 'M4', ['TOY-1']],
      [2, 'M3', ['M4']],
      [3, 'M2', ['M3']],
      [4, 'M1', ['M2']],
    ]);
    expect(upstream.edges.map((e) => [e.input.lotNumber, e.output.lotNumber])).toEqual([
      ['M4', 'TOY-1'],
      ['M3', 'M4'],
      ['M2', 'M3'],
      ['M1', 'M2'],
    ]);
  });

  it('refuses a cycle: a lot cannot go into a lot made from it, nor into itself', async () => {
    const before = await counts();
    const r = await h.gql(
      LotInputsRecordDocument,
      { lot: chain[0].globalId, inputs: [{ lot: chain[4].globalId, quantity: 1 }] },
      w.producer.key,
    );
    expect(r.data?.lotInputsRecord.errors).toEqual([
      expect.objectContaining({ code: 'LINEAGE_CYCLE', field: ['inputs', '0', 'lot'] }),
    ]);
    const self = await h.gql(
      LotInputsRecordDocument,
      { lot: chain[2].globalId, inputs: [{ lot: chain[2].globalId, quantity: 1 }] },
      w.producer.key,
    );
    expect(self.data?.lotInputsRecord.errors.map((e) => e.code)).toEqual(['LINEAGE_CYCLE']);
    expect(await counts()).toEqual(before);
  });

  it('records further inputs after the fact and refuses listing one twice', async () => {
    const ok = await h.gql(
      LotInputsRecordDocument,
      { lot: chain[4].globalId, inputs: [{ lot: cellLot.globalId, quantity: 5 }] },
      w.producer.key,
    );
    expect(ok.data?.lotInputsRecord.errors).toEqual([]);
    const direct = ok.data?.lotInputsRecord.lot?.upstream.nodes
      .filter((n) => n.depth === 1)
      .map((n) => n.lot.lotNumber);
    expect(direct?.sort()).toEqual(['C-1', 'M4']);
    const again = await h.gql(
      LotInputsRecordDocument,
      { lot: chain[4].globalId, inputs: [{ lot: cellLot.globalId, quantity: 5 }] },
      w.producer.key,
    );
    expect(again.data?.lotInputsRecord.errors.map((e) => e.code)).toEqual(['DUPLICATE_INPUT']);
  });
});

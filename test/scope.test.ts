import { toGlobalId } from '../src/common/global-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import { publishDeclaration } from '../src/modules/declaration/declaration.service';
import { StandardKind, IndicatorClass } from '../src/modules/declaration/declaration.enums';
import type { StandardDeclaration } from '../src/modules/declaration/declaration.entity';
import {
  gtin13,
  makeLot,
  makeProduct,
  ProductCategory,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
} from '../seeds/factories';
import { RecallScopeDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * A hand-built graph with known answers:
 *   R ─┬─ A ─┐
 *      ├─ B ─┴─ D ── E1 ── E2 ── E3 ── E4      (a diamond, then depth 6)
 *      └─ L   (made in December, after the "as of" time)
 * D goes producer → distributor (50) → retailer (30, sells 10 before and 5 after "as of")
 *                              └──→ other retailer (20, sells all 20: a holder with none left).
 */
let h: Harness;
let w: World;
const lots: Record<string, Lot> = {};
let dProduct: Product;
let declaration: StandardDeclaration;
const AS_OF = '2024-06-01T00:00:00Z';
const t = (iso: string) => new Date(iso);

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    const P = w.producer;
    const mk = async (name: string, n: number) =>
      makeProduct(em, P.org, { gtin: gtin13(6100 + n), name, category: ProductCategory.MATERIAL });
    const [pr, pa, pb, pe] = [await mk('根料', 1), await mk('部件A', 2), await mk('部件B', 3), await mk('组件E', 4)];
    dProduct = await makeProduct(em, P.org, {
      gtin: gtin13(6105),
      name: '成品D',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    declaration = await publishDeclaration(em, dProduct, {
      validFrom: t('2024-01-01T00:00:00Z'),
      standards: [
        {
          number: 'Q/TEST 1-2024',
          kind: StandardKind.ENTERPRISE,
          title: '企业标准',
          indicators: [{ key: 'S1', name: '强度', value: '≥ 5', unit: 'N', indicatorClass: IndicatorClass.SAFETY }],
        },
      ],
    });
    const at = P.site;
    lots.R = await makeLot(em, P.org, pr, { lotNumber: 'R', producedOn: '2024-01-01', quantity: 1000, location: at });
    lots.A = await makeLot(em, P.org, pa, {
      lotNumber: 'A',
      producedOn: '2024-02-01',
      quantity: 100,
      location: at,
      inputs: [{ lot: lots.R, quantity: 100 }],
    });
    lots.B = await makeLot(em, P.org, pb, {
      lotNumber: 'B',
      producedOn: '2024-02-02',
      quantity: 100,
      location: at,
      inputs: [{ lot: lots.R, quantity: 100 }],
    });
    lots.D = await makeLot(em, P.org, dProduct, {
      lotNumber: 'D',
      producedOn: '2024-03-01',
      quantity: 100,
      location: at,
      inputs: [
        { lot: lots.A, quantity: 10 },
        { lot: lots.B, quantity: 10 },
      ],
    });
    let prev = lots.D;
    for (let i = 1; i <= 4; i++) {
      prev = lots[`E${i}`] = await makeLot(em, P.org, pe, {
        lotNumber: `E${i}`,
        producedOn: `2024-03-0${i + 1}`,
        quantity: 10,
        location: at,
        inputs: [{ lot: prev, quantity: 1 }],
      });
    }
    lots.L = await makeLot(em, P.org, pa, {
      lotNumber: 'L',
      producedOn: '2024-12-01',
      quantity: 10,
      location: at,
      inputs: [{ lot: lots.R, quantity: 50 }],
    });

    const site = (p: typeof P) => ({ org: p.org, location: p.site });
    await shipAndReceive(em, lots.D, site(P), site(w.distributor), 50, t('2024-04-01T00:00:00Z'));
    await shipAndReceive(em, lots.D, site(w.distributor), site(w.retailer), 30, t('2024-04-05T00:00:00Z'));
    await shipAndReceive(em, lots.D, site(w.distributor), site(w.otherRetailer), 20, t('2024-04-06T00:00:00Z'));
    const sell = (p: typeof P, q: number, iso: string) =>
      recordEvents(em, p.org, [
        {
          type: RecordableEventType.SOLD,
          lot: lots.D.globalId,
          location: p.site.globalId,
          quantity: q,
          occurredAt: t(iso),
        },
      ]);
    await sell(w.retailer, 10, '2024-04-10T00:00:00Z');
    await sell(w.otherRetailer, 20, '2024-04-20T00:00:00Z');
    await sell(w.retailer, 5, '2024-07-01T00:00:00Z');
  });
});
afterAll(() => h.close());

const scopeOf = (root: object, key = w.regulator.key, asOf: string | null = AS_OF, extra: object = {}) =>
  h.gql(RecallScopeDocument, { root: root as never, asOf, first: 50, ...extra }, key);
const rootR = () => ({ kind: 'LOTS', lots: [lots.R.globalId] });

describe('recall scope of a lot, as of a time', () => {
  it('finds every lot downstream at any depth, each once, with its least depth and a path back to the root', async () => {
    const r = await scopeOf(rootR());
    expect(r.errors).toBeUndefined();
    const s = r.data!.recallScope;
    expect(s.lotCount).toBe(8);
    expect(Object.fromEntries(s.lots.nodes.map((n) => [n.lot.lotNumber, n.depth]))).toEqual({
      R: 0,
      A: 1,
      B: 1,
      D: 2,
      E1: 3,
      E2: 4,
      E3: 5,
      E4: 6,
    });
    const e4 = s.lots.nodes.find((n) => n.lot.lotNumber === 'E4')!;
    expect(e4.path.map((l) => l.lotNumber)).toHaveLength(7);
    expect(e4.path[0].lotNumber).toBe('R');
    expect(e4.path.slice(2).map((l) => l.lotNumber)).toEqual(['D', 'E1', 'E2', 'E3', 'E4']);
    expect(['A', 'B']).toContain(e4.path[1].lotNumber);
  });

  it('gives exact totals, leaving out what happened after the "as of" time', async () => {
    const s = (await scopeOf(rootR())).data!.recallScope;
    expect(s.totals).toEqual([
      { unit: 'EACH', lots: 8, holdersWithStock: 9, onHand: 1086, shipped: 100, sold: 30, returned: 0 },
    ]);
    expect(s.registeredPurchasers).toBe(0);
  });

  it('lists holders with stock, and on request those with none left', async () => {
    const withStock = (await scopeOf(rootR())).data!.recallScope.holders;
    expect(withStock.totalCount).toBe(9);
    expect(withStock.nodes.find((x) => x.organization.name === '洛阳测试商场')).toMatchObject({
      party: 'RETAILER',
      onHand: 20,
      sold: 10,
      lot: { lotNumber: 'D' },
    });
    const all = (await scopeOf(rootR(), w.regulator.key, AS_OF, { withStockOnly: false })).data!.recallScope.holders;
    expect(all.totalCount).toBe(11);
    expect(all.nodes.find((x) => x.organization.name === '开封测试商场')).toMatchObject({ onHand: 0, sold: 20 });
    expect(all.nodes.find((x) => x.organization.name === '中原测试物流')).toMatchObject({
      party: 'DISTRIBUTOR',
      onHand: 0,
      shipped: 50,
    });
  });

  it('rolls up by city and by kind of holder', async () => {
    const s = (await scopeOf(rootR())).data!.recallScope;
    expect(s.byRegion.map((x) => [x.city, x.cityName, x.holdersWithStock, x.onHand, x.sold])).toEqual([
      ['4101', '郑州市', 8, 1066, 0],
      ['4102', '开封市', 0, 0, 20],
      ['4103', '洛阳市', 1, 20, 10],
    ]);
    expect(s.byParty.map((x) => [x.party, x.holdersWithStock, x.onHand, x.sold])).toEqual([
      ['DISTRIBUTOR', 0, 0, 0],
      ['PRODUCER', 8, 1066, 0],
      ['RETAILER', 1, 20, 30],
    ]);
  });

  it('now includes the later transformation and the later sale', async () => {
    const s = (await scopeOf(rootR(), w.regulator.key, null)).data!.recallScope;
    expect(s.lotCount).toBe(9);
    expect(s.totals[0]).toMatchObject({ lots: 9, onHand: 1086 - 50 + 10 - 5, sold: 35 });
  });

  it('pages through lots with cursors', async () => {
    const first = (await scopeOf(rootR(), w.regulator.key, AS_OF, { first: 3 })).data!.recallScope.lots;
    expect(first.nodes.map((n) => n.lot.lotNumber)).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
  });
});

describe('other roots', () => {
  it('a product over a production date range', async () => {
    const s = (
      await scopeOf({
        kind: 'PRODUCT_RANGE',
        product: dProduct.globalId,
        producedFrom: '2024-03-01',
        producedTo: '2024-03-31',
      })
    ).data!.recallScope;
    expect(s.lots.nodes.map((n) => n.lot.lotNumber).sort()).toEqual(['D', 'E1', 'E2', 'E3', 'E4']);
  });

  it('a declaration version, or one of its indicators', async () => {
    const s = (await scopeOf({ kind: 'DECLARATION', declaration: declaration.globalId, indicatorKey: 'S1' })).data!
      .recallScope;
    expect(s.lotCount).toBe(5);
    const bad = await scopeOf({ kind: 'DECLARATION', declaration: declaration.globalId, indicatorKey: 'Z9' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNKNOWN_INDICATOR');
  });

  it('a producer', async () => {
    const s = (await scopeOf({ kind: 'PRODUCER', producer: w.producer.org.globalId }, w.regulator.key, null)).data!
      .recallScope;
    expect(s.lotCount).toBe(9);
  });

  it('refuses incomplete and malformed roots with a code', async () => {
    expect((await scopeOf({ kind: 'PRODUCT_RANGE', product: dProduct.globalId })).errors?.[0].extensions?.code).toBe(
      'ROOT_INCOMPLETE',
    );
    expect((await scopeOf({ kind: 'LOTS', lots: [dProduct.globalId] })).errors?.[0].extensions?.code).toBe(
      'WRONG_ID_TYPE',
    );
    expect((await scopeOf({ kind: 'LOTS', lots: [] })).errors?.[0].extensions?.code).toBe('ROOT_INCOMPLETE');
  });

  it('names a root lot that does not exist, for regulators (who skip the owner lookup) as for producers', async () => {
    const ghost = toGlobalId('Lot', '00000000-0000-4000-8000-00000000dead');
    for (const key of [w.regulator.key, w.producer.key]) {
      const r = await scopeOf({ kind: 'LOTS', lots: [rootR().lots[0], ghost] }, key);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      expect(JSON.stringify(r.errors?.[0].extensions)).toContain('"lots","1"');
    }
  });
});

describe('who may compute a scope', () => {
  it('regulators, and producers for their own lots only', async () => {
    expect((await scopeOf(rootR(), w.producer.key)).data?.recallScope.lotCount).toBe(8);
    expect((await scopeOf(rootR(), w.retailer.key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await scopeOf(rootR(), w.supplier.key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(RecallScopeDocument, { root: rootR() as never })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('query planning', () => {
  it('answers totals, rollups and both pages with one scope statement', async () => {
    h.resetQueries();
    await scopeOf(rootR());
    const scopeStatements = h.queries.filter((q) => q.includes('with recursive') && q.includes('walk'));
    // The report, plus the paths of the lots on the page.
    expect(scopeStatements).toHaveLength(2);
    // A regulator's scope of lots: the key check, the report and the paths; no lookup of the root's owners.
    expect(h.queries.filter((q) => /from "?lot"? .*where "?id"? = any/.test(q))).toEqual([]);
  });
});

describe("the scope explorer's filters", () => {
  type Answer = { data?: any; errors?: { extensions?: { code?: string } }[] };
  const scope = (fields: string, key = w.regulator.key) =>
    h.gql(
      `query($l: ID!, $a: DateTimeISO, $p: ID!) { recallScope(root: { kind: LOTS, lots: [$l] }, asOf: $a) { ${fields} } }`,
      { l: lots.R.globalId, a: AS_OF, p: dProduct.globalId } as never,
      key,
    ) as Promise<Answer>;

  it('narrows the holders by kind of party and by product, counting only those', async () => {
    const r = await scope(`retailers: holders(party: RETAILER) { totalCount nodes { onHand organization { name } } }
      ofD: holders(product: $p) { totalCount nodes { onHand lot { lotNumber } } }
      distributors: holders(party: DISTRIBUTOR) { totalCount }`);
    expect(r.errors).toBeUndefined();
    const s = r.data.recallScope;
    expect(s.retailers).toEqual({
      totalCount: 1,
      nodes: [{ onHand: 20, organization: { name: w.retailer.org.name } }],
    });
    expect(s.ofD.totalCount).toBe(2);
    expect(s.ofD.nodes.map((n: { lot: { lotNumber: string } }) => n.lot.lotNumber)).toEqual(['D', 'D']);
    expect(s.distributors.totalCount).toBe(0);
  });

  it('narrows the lots by depth and by product, and counts lots by product and depth', async () => {
    const r = await scope(`lotCount atTwo: lots(depth: 2) { totalCount nodes { lot { lotNumber } } }
      ofD: lots(product: $p) { totalCount } byProduct { depth lots product { name } }`);
    expect(r.errors).toBeUndefined();
    const s = r.data.recallScope;
    expect(s.atTwo).toEqual({ totalCount: 1, nodes: [{ lot: { lotNumber: 'D' } }] });
    expect(s.ofD.totalCount).toBe(1);
    expect(s.byProduct.reduce((n: number, p: { lots: number }) => n + p.lots, 0)).toBe(s.lotCount);
    // Shallowest first; within a depth, by lots, then by product ID (random here): compared as a set within depth 1.
    expect(
      s.byProduct.map((p: { depth: number; product: { name: string } }) => [p.depth, p.product.name]).sort(),
    ).toEqual([
      [0, '根料'],
      [1, '部件A'],
      [1, '部件B'],
      [2, '成品D'],
      [3, '组件E'],
      [4, '组件E'],
      [5, '组件E'],
      [6, '组件E'],
    ]);
  });

  it('refuses a malformed filter as bad input', async () => {
    for (const f of [
      'holders(city: "41") { totalCount }',
      'holders(party: CONSUMER) { totalCount }',
      'lots(depth: -1) { totalCount }',
    ]) {
      const r = await scope(`${f} ofD: lots(product: $p) { totalCount }`);
      expect([f, r.errors?.[0].extensions?.code]).toEqual([f, 'BAD_USER_INPUT']);
    }
  });

  it('the spreadsheet takes the same filters', async () => {
    const res = await h.http.app.inject({
      url: `/exports/scope.csv?lot=${encodeURIComponent(lots.R.globalId)}&asOf=${AS_OF}&party=RETAILER&lang=en`,
      headers: { authorization: `Bearer ${w.regulator.key}` },
    });
    expect(res.statusCode).toBe(200);
    const rows = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.includes(',RETAILER,'))).toBe(true);
    const bad = await h.http.app.inject({
      url: `/exports/scope.csv?lot=${encodeURIComponent(lots.R.globalId)}&city=Zhengzhou`,
      headers: { authorization: `Bearer ${w.regulator.key}` },
    });
    expect(bad.statusCode).toBe(400);
  });
});

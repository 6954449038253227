import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Organization } from '../src/modules/organization/organization.entity';
import type { Location } from '../src/modules/organization/location.entity';
import {
  gtin13,
  LocationKind,
  makeLocation,
  makeLot,
  makeOrganization,
  makeProduct,
  OrganizationRole,
  ProductCategory,
  shipAndReceive,
} from '../seeds/factories';
import { LotTraceDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * The trace of a lot runs a fixed number of SQL statements however wide its tree and however many
 * holders it has (Saleor-style query-count test): lineage is one recursive statement, and every
 * related object comes through a DataLoader.
 */
let h: Harness;
let w: World;

/** Builds a 5-level tree (root + 4 input levels) with `perLevel` lots per level and `holders` stores holding the root. */
async function buildTree(
  tag: string,
  perLevel: [number, number, number, number],
  holders: number,
  gtinBase: number,
): Promise<string> {
  return h.tx(async (em) => {
    const products = [];
    for (let i = 0; i < 4; i++)
      products.push(
        await makeProduct(em, w.producer.org, {
          gtin: gtin13(gtinBase + i),
          name: `${tag} 部件 L${i + 1}`,
          category: ProductCategory.MATERIAL,
        }),
      );
    let below: Lot[] = [];
    for (let level = 3; level >= 0; level--) {
      const lots: Lot[] = [];
      for (let i = 0; i < perLevel[level]; i++) {
        const inputs = below.filter((_, j) => j % perLevel[level] === i).map((lot) => ({ lot, quantity: 1 }));
        lots.push(
          await makeLot(em, w.producer.org, products[level], {
            lotNumber: `${tag}-L${level + 1}-${i}`,
            producedOn: '2024-08-01',
            quantity: 100,
            location: w.producer.site,
            inputs,
          }),
        );
      }
      below = lots;
    }
    const toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(gtinBase + 9),
      name: `${tag} 玩具`,
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    const root = await makeLot(em, w.producer.org, toy, {
      lotNumber: `${tag}-ROOT`,
      producedOn: '2024-08-02',
      quantity: 1000,
      location: w.producer.site,
      inputs: below.map((lot) => ({ lot, quantity: 1 })),
    });
    for (let i = 0; i < holders; i++) {
      const org: Organization = await makeOrganization(em, {
        name: `${tag} 商场 ${i}`,
        roles: [OrganizationRole.RETAILER],
        regionCode: '410103',
      });
      const store: Location = await makeLocation(em, org, { name: `${tag} 门店 ${i}`, kind: LocationKind.STORE });
      await shipAndReceive(
        em,
        root,
        { org: w.producer.org, location: w.producer.site },
        { org, location: store },
        10,
        new Date('2024-08-10T00:00:00Z'),
      );
    }
    return `${tag}-ROOT`;
  });
}

let small: string, wide: string;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  small = await buildTree('S', [1, 1, 1, 1], 2, 9800);
  wide = await buildTree('W', [5, 10, 15, 20], 20, 9900);
}, 120_000);
afterAll(() => h.close());

async function statementsFor(lotNumber: string, gtin: string, key?: string) {
  h.resetQueries();
  const r = await h.gql(LotTraceDocument, { gtin, lotNumber }, key);
  expect(r.errors).toBeUndefined();
  return { count: h.queries.length, lot: r.data!.lot!, queries: h.queries.map((q) => q.slice(0, 90)) };
}

describe('trace query count', () => {
  it('the wide tree has 4 input levels, 50 input lots and 20 holders besides the producer', async () => {
    const { lot } = await statementsFor(wide, gtin13(9909));
    expect(new Set(lot.upstream.nodes.map((e) => e.depth))).toEqual(new Set([1, 2, 3, 4]));
    expect(lot.upstream.nodes).toHaveLength(50);
    expect(lot.holders.totalCount).toBe(21);
  });

  it.each([
    ['the public', undefined],
    ['a regulator', 'regulator'],
  ])('runs the same fixed number of statements for a tiny and a wide tree, as %s', async (_who, who) => {
    const key = who ? w.regulator.key : undefined;
    // A key's first use in a minute also stamps its last use; count a steady request.
    if (key) await h.gql('{ viewer { scope } }', {}, key);
    const tiny = await statementsFor(small, gtin13(9809), key);
    const big = await statementsFor(wide, gtin13(9909), key);
    // The exact count, the same for both, though the wide tree has 12 times the lots and 10 times the holders
    // of the tiny one: DataLoaders batch each kind of record, and the lineage is one statement (a graph of lots).
    // One statement may come or not: the custody events' organizations are usually in the DataLoader already,
    // put there by the holders' statement, but when the events' field resolves first they are read by one
    // batched statement. Which sibling field finishes first is the database's timing, not the code's: that
    // statement is counted apart, and may appear at most once (an N+1 over organizations would show here).
    const exact = key ? 7 : 4;
    for (const run of [tiny, big]) {
      const orgReads = run.queries.filter((q) => q.startsWith('select * from "organization" where "id" = any'));
      expect(orgReads.length, run.queries.join('\n')).toBeLessThanOrEqual(1);
      expect(run.count - orgReads.length, run.queries.join('\n')).toBe(exact);
    }
  });
});

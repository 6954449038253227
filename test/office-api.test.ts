import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The API fields the office pages added: a search of my stock by text and location, the declaration
 * version in force on a day, complaints due first. With exact statement counts (no N+1).
 */

let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
}, 120_000);
afterAll(() => h?.close());

interface StockAnswer {
  viewer: {
    organization: {
      locations: { id: string; kind: string }[];
      stock: {
        totalCount: number;
        nodes: { onHand: number; location: { name: string }; lot: { lotNumber: string; product: { name: string } } }[];
      };
    };
  };
}

const STOCK = `query($search: String, $location: ID, $first: Int) { viewer { organization {
  locations { id kind }
  stock(search: $search, location: $location, first: $first) {
    totalCount nodes { onHand location { name } lot { lotNumber product { name } } } } } } }`;

async function stock(variables: Record<string, unknown>, key: string = DEMO_KEYS.PRODUCER) {
  h.resetQueries();
  const r = await h.gql<StockAnswer, unknown>(STOCK, variables, key);
  return { r, statements: h.queries.length, queries: h.queries.map((q) => q.slice(0, 80)) };
}

describe('Organization.stock(search:, location:)', () => {
  it('finds lots by part of a lot number, a product name in either language, or a GTIN, any case', async () => {
    const lots = async (search: string) =>
      (await stock({ search })).r.data!.viewer.organization.stock.nodes.map((n) => n.lot.lotNumber).sort();
    expect(await lots('abs24')).toEqual(['ABS24-0611']);
    expect(await lots('电池组')).toEqual(['BP2408-12']);
    expect(await lots('battery PACK')).toEqual(['BP2408-12']);
    expect(await lots('0000195')).toEqual(['BP2408-12']);
    expect(await lots('2407')).toEqual(['C18650-2407B']);
  });

  it('treats % and _ as themselves, not wildcards', async () => {
    expect((await stock({ search: '%' })).r.data!.viewer.organization.stock.totalCount).toBe(0);
    expect((await stock({ search: '_' })).r.data!.viewer.organization.stock.totalCount).toBe(0);
  });

  it('keeps to one location of the organization, and refuses another organization’s', async () => {
    const all = (await stock({})).r.data!.viewer.organization;
    const factory = all.locations.find((l) => l.kind === 'FACTORY')!.id;
    const atFactory = (await stock({ location: factory })).r.data!.viewer.organization.stock;
    expect(atFactory.totalCount).toBeGreaterThan(0);
    expect(new Set(atFactory.nodes.map((n) => n.location.name)).size).toBe(1);
    const mine = '{ viewer { organization { locations { id kind } } } }';
    const retailer = await h.gql<StockAnswer, unknown>(mine, {}, DEMO_KEYS.RETAILER);
    const store = retailer.data!.viewer.organization.locations[0].id;
    const refused = await h.gql(STOCK, { location: store }, DEMO_KEYS.PRODUCER);
    expect(refused.errors?.[0].extensions?.code).toBe('LOCATION_NOT_OWNED');
    const long = await h.gql(STOCK, { search: 'x'.repeat(101) }, DEMO_KEYS.PRODUCER);
    expect(long.errors?.[0].extensions?.code).toBe('INVALID_SEARCH');
  });

  it('runs a fixed number of statements however many lots match', async () => {
    await stock({ search: 'warm up' }); // the key's first use is looked up once, then cached
    const one = await stock({ search: 'ABS24' });
    const many = await stock({ search: '' });
    expect(one.r.data!.viewer.organization.stock.nodes.length).toBe(1);
    expect(many.r.data!.viewer.organization.stock.nodes.length).toBeGreaterThan(3);
    // The key, the organization, the stock page, its locations, then one batch each: stock locations, lots, products.
    expect(one.statements).toBe(many.statements);
    expect(one.statements, one.queries.join('\n')).toBe(7);
  });
});

describe('Product.declarationOn(date:)', () => {
  const Q = `query($gtin: String!, $date: String!) { product(gtin: $gtin) { declarationOn(date: $date) { version } } }`;
  const on = async (date: string) =>
    h.gql<{ product: { declarationOn: { version: number } | null } }, unknown>(Q, {
      gtin: DEMO_LOTS.rideOnToy.gtin,
      date,
    });

  it('is the version in force at the end of that day in China', async () => {
    expect((await on('2023-12-31')).data!.product.declarationOn).toBeNull();
    expect((await on('2024-08-31')).data!.product.declarationOn!.version).toBe(1);
    expect((await on('2024-09-01')).data!.product.declarationOn!.version).toBe(2);
  });

  it('refuses a malformed date by its code', async () => {
    const r = await on('2024-02-30');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'INVALID_DATE', argumentName: 'date' });
  });

  it('loads every product’s versions in one statement', async () => {
    const q = (date: string) => `{ products(first: 50) { nodes { declarationOn(date: "${date}") { version } } } }`;
    h.resetQueries();
    await h.gql(q('2024-08-31'), {});
    const count = h.queries.length;
    expect(h.queries.filter((s) => s.includes('standard_declaration')).length).toBe(1);
    h.resetQueries();
    await h.gql(q('2024-09-30'), {});
    expect(h.queries.length).toBe(count);
  });
});

describe('complaints(orderBy: DUE_FIRST, openOnly:)', () => {
  it('lists open complaints due soonest first, then the closed ones; openOnly leaves the closed out', async () => {
    const key = DEMO_KEYS.PRODUCER;
    const LOT = { gtin: DEMO_LOTS.rideOnToy.gtin, lotNumber: DEMO_LOTS.rideOnToy.lotNumber };
    const file = async (description: string) =>
      (
        await h.gql<{ complaintFile: { complaint: { id: string } } }, unknown>(
          'mutation($input: ComplaintFileInput!) { complaintFile(input: $input) { complaint { id } } }',
          { input: { ...LOT, category: 'OTHER', description } },
        )
      ).data!.complaintFile.complaint.id;
    const [a, b, closed] = [await file('due in 30 h'), await file('due in 2 h'), await file('closed')];
    const em = h.orm.em.fork();
    for (const [d, hours] of [
      ['due in 30 h', 30],
      ['due in 2 h', 2],
      ['closed', 1],
    ] as const)
      await em.execute(`update complaint set response_due_at = now() + ? * interval '1 hour' where description = ?`, [
        hours,
        d,
      ]);
    const answered = await h.gql<{ complaintAnswer: { errors: unknown[] } }, unknown>(
      'mutation($input: ComplaintAnswerInput!) { complaintAnswer(input: $input) { errors { code } } }',
      { input: { complaint: closed, status: 'RESOLVED', remedy: 'REPAIR', message: '已修好' } },
      key,
    );
    expect(answered.data!.complaintAnswer.errors).toEqual([]);
    const list = async (args: string) => {
      const q = args ? `{ complaints(${args}) { nodes { id } } }` : '{ complaints { nodes { id } } }';
      const r = await h.gql<{ complaints: { nodes: { id: string }[] } }, unknown>(q, {}, key);
      expect(r.errors).toBeUndefined();
      return r.data!.complaints.nodes.map((n) => n.id);
    };
    expect(await list('orderBy: DUE_FIRST')).toEqual([b, a, closed]);
    expect(await list('orderBy: DUE_FIRST, openOnly: true')).toEqual([b, a]);
    expect(await list('')).toEqual([closed, b, a]);
  });
});

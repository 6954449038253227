import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import {
  CommitmentPublishDocument,
  CommitmentRevokeDocument,
  CustodyEventsRecordDocument,
  LotTraceDocument,
  SellerCommitmentsDocument,
  type CommitmentPublishInput,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let lot: Lot;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  lot = await h.tx(async (em) => {
    const p = await makeProduct(em, w.producer.org, {
      gtin: gtin13(9601),
      name: '安全座椅',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'car seat',
    });
    const l = await makeLot(em, w.producer.org, p, {
      lotNumber: 'CS-1',
      producedOn: '2024-01-05',
      quantity: 100,
      location: w.producer.site,
    });
    await shipAndReceive(
      em,
      l,
      { org: w.producer.org, location: w.producer.site },
      { org: w.retailer.org, location: w.retailer.site },
      50,
      new Date('2024-01-10T00:00:00Z'),
    );
    return l;
  });
});
afterAll(() => h.close());

const commit = (over: Partial<CommitmentPublishInput> = {}): CommitmentPublishInput => ({
  statement: '质量问题先找本店，包修包换包退。',
  scope: 'ALL',
  remedies: ['REPAIR', 'REPLACE'],
  responseHours: 48,
  hotline: '0379-6321 5000',
  ...over,
});
const sell = (iso: string, key = 'k') =>
  h.gql(
    CustodyEventsRecordDocument,
    {
      input: {
        idempotencyKey: `${key}-${iso}`,
        events: [{ type: 'SOLD', lot: lot.globalId, location: w.retailer.site.globalId, quantity: 1, occurredAt: iso }],
      },
    },
    w.retailer.key,
  );

describe('first-responsibility commitments', () => {
  it('a sale is covered by the version in force when it happened', async () => {
    const c1 = await h.gql(
      CommitmentPublishDocument,
      { input: commit({ validFrom: '2024-02-01T00:00:00Z' }) },
      w.retailer.key,
    );
    expect(c1.data?.commitmentPublish.commitment).toMatchObject({
      version: 1,
      scope: 'ALL',
      inForce: true,
      seller: { name: '洛阳测试商场' },
    });
    const c2 = await h.gql(
      CommitmentPublishDocument,
      {
        input: commit({
          validFrom: '2024-06-01T00:00:00Z',
          remedies: ['REPAIR', 'REPLACE', 'REFUND'],
          responseHours: 24,
        }),
      },
      w.retailer.key,
    );
    expect(c2.data?.commitmentPublish.commitment?.version).toBe(2);

    const before = await sell('2024-01-20T00:00:00Z');
    const during1 = await sell('2024-03-01T00:00:00Z');
    const during2 = await sell('2024-07-01T00:00:00Z');
    expect(before.data?.custodyEventsRecord.events?.[0].commitment).toBeNull();
    expect(during1.data?.custodyEventsRecord.events?.[0].commitment?.version).toBe(1);
    expect(during2.data?.custodyEventsRecord.events?.[0].commitment?.version).toBe(2);

    const trace = await h.gql(LotTraceDocument, { gtin: gtin13(9601), lotNumber: 'CS-1' });
    const atStore = trace.data?.lot?.holders.nodes.find((x) => x.organization.name === '洛阳测试商场');
    expect(atStore?.commitment).toMatchObject({
      version: 2,
      remedies: ['REPAIR', 'REPLACE', 'REFUND'],
      responseHours: 24,
    });
    expect(trace.data?.lot?.holders.nodes.find((x) => x.organization.name === '郑州测试玩具厂')?.commitment).toBeNull();
  });

  it('revoking keeps the history; earlier sales stay covered', async () => {
    const r = await h.gql(CommitmentRevokeDocument, { reason: '门店停业整顿' }, w.retailer.key);
    expect(r.data?.commitmentRevoke.commitment).toMatchObject({
      version: 2,
      revokedReason: '门店停业整顿',
      inForce: false,
    });
    const s = await h.gql(SellerCommitmentsDocument, { creditCode: w.retailer.org.creditCode });
    expect(s.data?.organization?.commitment).toBeNull();
    expect(s.data?.organization?.commitments.map((c) => [c.version, c.revokedAt !== null])).toEqual([
      [2, true],
      [1, false],
    ]);
    const after = await sell(new Date().toISOString());
    expect(after.data?.custodyEventsRecord.events?.[0].commitment).toBeNull();
    const again = await h.gql(CommitmentRevokeDocument, {}, w.retailer.key);
    expect(again.data?.commitmentRevoke.errors.map((e) => e.code)).toEqual(['NO_COMMITMENT_IN_FORCE']);
  });

  it('scope by category covers only those categories', async () => {
    const r = await h.gql(
      CommitmentPublishDocument,
      { input: commit({ scope: 'CATEGORIES', categories: ['HOME_APPLIANCE'] }) },
      w.retailer.key,
    );
    expect(r.data?.commitmentPublish.commitment?.categories).toEqual(['HOME_APPLIANCE']);
    const trace = await h.gql(LotTraceDocument, { gtin: gtin13(9601), lotNumber: 'CS-1' });
    expect(trace.data?.lot?.holders.nodes.find((x) => x.organization.name === '洛阳测试商场')?.commitment).toBeNull();
  });

  it.each([
    [{ scope: 'CATEGORIES' as const }, 'INVALID_SCOPE'],
    [{ scope: 'ALL' as const, categories: ['HOME_APPLIANCE' as const] }, 'INVALID_SCOPE'],
    [{ remedies: [] }, 'NO_REMEDY'],
    [{ responseHours: 0 }, 'INVALID_RESPONSE_TIME'],
    [{ hotline: 'call us' }, 'INVALID_HOTLINE'],
    [{ validFrom: '2023-01-01T00:00:00Z' }, 'INVALID_VALIDITY'],
    [{ scope: 'PRODUCTS' as const, products: ['bad-id'] }, 'INVALID_ID'],
  ])('refuses %o with %s', async (patch, code) => {
    const r = await h.gql(CommitmentPublishDocument, { input: commit(patch) }, w.retailer.key);
    expect(r.data?.commitmentPublish.errors.map((e) => e.code)).toContain(code);
  });

  it('is for sellers only', async () => {
    const r = await h.gql(CommitmentPublishDocument, { input: commit() }, w.producer.key);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

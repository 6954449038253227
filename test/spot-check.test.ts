import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Organization } from '../src/modules/organization/organization.entity';
import { publishDeclaration } from '../src/modules/declaration/declaration.service';
import { IndicatorClass, StandardKind } from '../src/modules/declaration/declaration.enums';
import {
  gtin13,
  makeLot,
  makeOrganization,
  makeProduct,
  OrganizationRole,
  ProductCategory,
  shipAndReceive,
} from '../seeds/factories';
import { LotSpotChecksDocument, SpotCheckRecordDocument, type SpotCheckRecordInput } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let cells: Lot, pack: Lot, undeclared: Lot;
let lab: Organization;
const CELL_GTIN = gtin13(6401);

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  await h.tx(async (em) => {
    lab = await makeOrganization(em, {
      name: '河南测试质检院',
      roles: [OrganizationRole.TESTING_LAB],
      regionCode: '410105',
    });
    const cell = await makeProduct(em, w.supplier.org, {
      gtin: CELL_GTIN,
      name: '锂电芯',
      category: ProductCategory.MATERIAL,
    });
    await publishDeclaration(em, cell, {
      validFrom: new Date('2024-01-01T00:00:00Z'),
      standards: [
        {
          number: 'Q/XXLY 002-2024',
          kind: StandardKind.ENTERPRISE,
          title: '电芯企业标准',
          indicators: [
            { key: 'S1', name: '过充保护电压', value: '≤ 4.25', unit: 'V', indicatorClass: IndicatorClass.SAFETY },
            { key: 'P1', name: '容量', value: '≥ 1500', unit: 'mAh', indicatorClass: IndicatorClass.PERFORMANCE },
          ],
        },
      ],
    });
    cells = await makeLot(em, w.supplier.org, cell, {
      lotNumber: 'C-9',
      producedOn: '2024-05-01',
      quantity: 1000,
      location: w.supplier.site,
    });
    await shipAndReceive(
      em,
      cells,
      { org: w.supplier.org, location: w.supplier.site },
      { org: w.producer.org, location: w.producer.site },
      500,
      new Date('2024-05-10T00:00:00Z'),
    );
    const packP = await makeProduct(em, w.producer.org, {
      gtin: gtin13(6402),
      name: '电池组',
      category: ProductCategory.MATERIAL,
    });
    pack = await makeLot(em, w.producer.org, packP, {
      lotNumber: 'P-9',
      producedOn: '2024-06-01',
      quantity: 50,
      location: w.producer.site,
      inputs: [{ lot: cells, quantity: 200 }],
    });
    undeclared = pack;
  });
});
afterAll(() => h.close());

const check = (over: Partial<SpotCheckRecordInput> = {}): SpotCheckRecordInput => ({
  lot: cells.globalId,
  location: w.producer.site.globalId,
  sampledOn: '2024-07-01',
  laboratory: lab.globalId,
  reportNumber: 'HNQI-2024-C-77',
  results: [
    { indicatorKey: 'S1', measured: '4.41 V', passed: false, note: '过充保护失效' },
    { indicatorKey: 'P1', measured: '1523 mAh', passed: true },
  ],
  ...over,
});

describe('spot checks', () => {
  it("records per-indicator results against the lot's declaration; a failure opens the scope of the lot", async () => {
    const r = await h.gql(SpotCheckRecordDocument, { input: check() }, w.regulator.key);
    expect(r.data?.spotCheckRecord.errors).toEqual([]);
    const c = r.data!.spotCheckRecord.spotCheck!;
    expect(c).toMatchObject({
      passed: false,
      holder: { name: '郑州测试玩具厂' },
      laboratory: { name: '河南测试质检院' },
      regulator: { name: '河南测试监管局' },
      declaration: { version: 1 },
    });
    expect(c.results[0]).toEqual({
      indicatorKey: 'S1',
      standardNumber: 'Q/XXLY 002-2024',
      indicatorName: '过充保护电压',
      declaredValue: '≤ 4.25',
      measured: '4.41 V',
      passed: false,
      note: '过充保护失效',
    });
    expect(c.scope?.lotCount).toBe(2);
    expect(c.scope?.lots.nodes.map((n) => [n.lot.lotNumber, n.depth])).toEqual([
      ['C-9', 0],
      ['P-9', 1],
    ]);
    expect(c.scope?.holders.nodes.map((x) => x.organization.name).sort()).toEqual([
      '新乡测试电芯厂',
      '郑州测试玩具厂',
      '郑州测试玩具厂',
    ]);
  });

  it('a passing check passes', async () => {
    const r = await h.gql(
      SpotCheckRecordDocument,
      { input: check({ results: [{ indicatorKey: 'S1', measured: '4.20 V', passed: true }] }) },
      w.regulator.key,
    );
    expect(r.data?.spotCheckRecord.spotCheck?.passed).toBe(true);
  });

  it.each([
    [{ results: [{ indicatorKey: 'Z9', measured: '1', passed: true }] }, 'UNKNOWN_INDICATOR'],
    [
      {
        results: [
          { indicatorKey: 'S1', measured: '1', passed: true },
          { indicatorKey: 'S1', measured: '2', passed: true },
        ],
      },
      'DUPLICATE_INDICATOR',
    ],
    [{ results: [] }, 'NO_RESULTS'],
    [{ sampledOn: '2999-01-01' }, 'FUTURE_DATE'],
    [{ sampledOn: '2024-04-01' }, 'BEFORE_PRODUCTION'],
    [{ location: 'nope' }, 'INVALID_ID'],
  ])('refuses %o with %s', async (patch, code) => {
    const r = await h.gql(
      SpotCheckRecordDocument,
      { input: check(patch as Partial<SpotCheckRecordInput>) },
      w.regulator.key,
    );
    expect(r.data?.spotCheckRecord.errors.map((e) => e.code)).toContain(code);
  });

  it('refuses a lab that is not one, a place that never held the lot, a lot without declaration', async () => {
    const codes = async (over: Partial<SpotCheckRecordInput>) =>
      (await h.gql(SpotCheckRecordDocument, { input: check(over) }, w.regulator.key)).data?.spotCheckRecord.errors.map(
        (e) => e.code,
      );
    expect(await codes({ laboratory: w.retailer.org.globalId })).toEqual(['NOT_A_LABORATORY']);
    expect(await codes({ location: w.retailer.site.globalId })).toEqual(['LOT_NOT_HELD_THERE']);
    expect(
      await codes({ lot: undeclared.globalId, results: [{ indicatorKey: 'S1', measured: '1', passed: true }] }),
    ).toContain('NO_DECLARATION');
  });

  it('only regulators record; the public does not see them, the producer and the holder do', async () => {
    expect(
      (await h.gql(SpotCheckRecordDocument, { input: check() }, w.producer.key)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const seen = async (key?: string) =>
      (await h.gql(LotSpotChecksDocument, { gtin: CELL_GTIN, lotNumber: 'C-9' }, key)).data?.lot?.spotChecks.length;
    expect(await seen()).toBe(0);
    expect(await seen(w.otherRetailer.key)).toBe(0);
    expect(await seen(w.supplier.key)).toBe(2);
    expect(await seen(w.producer.key)).toBe(2);
    expect(await seen(w.regulator.key)).toBe(2);
  });
});

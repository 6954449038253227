import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gtin13 } from '../seeds/factories';
import { ProductByGtinDocument, ProductRegisterDocument, type ProductRegisterInput } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
});
afterAll(() => h.close());

const toy = (over: Partial<ProductRegisterInput> = {}): ProductRegisterInput => ({
  gtin: gtin13(7101),
  name: '测试 儿童电动车',
  category: 'CHILDRENS_GOODS',
  subcategory: 'electric ride-on toy',
  brand: '测试',
  model: 'T-1',
  materials: [
    { material: 'ABS', percent: 70 },
    { material: '钢 steel', percent: 30 },
  ],
  originRegionCode: '410122',
  minAgeMonths: 36,
  maxAgeMonths: 96,
  specialGroups: ['CHILDREN'],
  cccRequired: true,
  ...over,
});

describe('productRegister', () => {
  it('registers a product with its label disclosures, GTIN stored as 14 digits', async () => {
    const r = await h.gql(ProductRegisterDocument, { input: toy() }, w.producer.key);
    expect(r.data?.productRegister.errors).toEqual([]);
    expect(r.data?.productRegister.product).toMatchObject({
      gtin: `0${gtin13(7101)}`,
      category: 'CHILDRENS_GOODS',
      cccRequired: true,
      minAgeMonths: 36,
      maxAgeMonths: 96,
      specialGroups: ['CHILDREN'],
      materials: [
        { material: 'ABS', percent: 70 },
        { material: '钢 steel', percent: 30 },
      ],
      originCountry: 'CN',
      originRegion: { code: '410122', city: '郑州市' },
      producer: { name: '郑州测试玩具厂' },
    });
    const byGtin13 = await h.gql(ProductByGtinDocument, { gtin: gtin13(7101) });
    expect(byGtin13.data?.product?.name).toBe('测试 儿童电动车');
  });

  it.each([
    [{ gtin: '6901230071012' }, 'INVALID_GTIN', 'gtin'],
    [{ gtin: '123' }, 'INVALID_GTIN', 'gtin'],
    [{ gtin: gtin13(7101) }, 'DUPLICATE_GTIN', 'gtin'],
    [
      {
        gtin: gtin13(7102),
        materials: [
          { material: 'ABS', percent: 80 },
          { material: 'PP', percent: 30 },
        ],
      },
      'INVALID_COMPOSITION',
      'materials',
    ],
    [{ gtin: gtin13(7103), materials: [{ material: 'ABS', percent: 0 }] }, 'INVALID_COMPOSITION', 'materials'],
    [{ gtin: gtin13(7104), minAgeMonths: 96, maxAgeMonths: 36 }, 'INVALID_AGE_RANGE', 'maxAgeMonths'],
    [{ gtin: gtin13(7105), originCountry: 'China' }, 'INVALID_ORIGIN', 'originCountry'],
    [{ gtin: gtin13(7106), originRegionCode: '999999' }, 'INVALID_ORIGIN', 'originRegionCode'],
  ])('refuses %o with %s on %s, writing nothing', async (patch, code, field) => {
    const before = await h.em().count('Product');
    const r = await h.gql(
      ProductRegisterDocument,
      { input: toy(patch as Partial<ProductRegisterInput>) },
      w.producer.key,
    );
    expect(r.data?.productRegister.product).toBeNull();
    expect(r.data?.productRegister.errors.map((e) => [e.code, e.field?.[1]])).toContainEqual([code, field]);
    expect(await h.em().count('Product')).toBe(before);
  });

  it('lets suppliers register materials only', async () => {
    const r = await h.gql(ProductRegisterDocument, { input: toy({ gtin: gtin13(7110) }) }, w.supplier.key);
    expect(r.data?.productRegister.errors.map((e) => e.code)).toEqual(['CATEGORY_NOT_ALLOWED']);
    const ok = await h.gql(
      ProductRegisterDocument,
      { input: toy({ gtin: gtin13(7111), category: 'MATERIAL', name: '电芯' }) },
      w.supplier.key,
    );
    expect(ok.data?.productRegister.errors).toEqual([]);
  });

  it('is refused to retailers (FORBIDDEN)', async () => {
    const r = await h.gql(ProductRegisterDocument, { input: toy({ gtin: gtin13(7120) }) }, w.retailer.key);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a malformed GTIN in a query is a coded error, not a 500', async () => {
    const r = await h.gql(ProductByGtinDocument, { gtin: '6901230071012' });
    expect(r.errors?.[0].extensions?.code).toBe('INVALID_GTIN');
    expect(r.status).toBe(200);
  });
});

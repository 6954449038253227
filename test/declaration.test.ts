import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product } from '../src/modules/product/product.entity';
import { gtin13, makeLot, makeProduct, ProductCategory } from '../seeds/factories';
import {
  CertificationRecordDocument,
  CertificationStatusSetDocument,
  DeclarationPublishDocument,
  LotTraceDocument,
  ProductByGtinDocument,
  type DeclarationPublishInput,
} from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

let h: Harness;
let w: World;
let toy: Product;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  toy = await h.tx((em) =>
    makeProduct(em, w.producer.org, {
      gtin: gtin13(9501),
      name: '电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    }),
  );
});
afterAll(() => h.close());

const v1: DeclarationPublishInput = {
  validFrom: '2024-01-01T00:00:00+08:00',
  standards: [
    { number: 'GB 6675.1-2014', kind: 'NATIONAL_MANDATORY', title: '玩具安全 第1部分：基本规范' },
    {
      number: 'Q/ZZTQ 001-2024',
      kind: 'ENTERPRISE',
      title: '企业标准',
      indicators: [
        { key: 'S1', name: '最高车速', value: '≤ 5', unit: 'km/h', testMethod: '6.3', indicatorClass: 'SAFETY' },
        { name: '铅', value: '≤ 90', unit: 'mg/kg', indicatorClass: 'HEALTH' },
      ],
    },
  ],
};

describe('declarationPublish', () => {
  it('publishes versions; each lot keeps the version in force on its production date', async () => {
    const r1 = await h.gql(DeclarationPublishDocument, { product: toy.globalId, input: v1 }, w.producer.key);
    expect(r1.data?.declarationPublish.errors).toEqual([]);
    expect(r1.data?.declarationPublish.declaration).toMatchObject({
      version: 1,
      standards: [
        { number: 'GB 6675.1-2014' },
        { number: 'Q/ZZTQ 001-2024', indicators: [{ key: 'S1' }, { key: '2.2', indicatorClass: 'HEALTH' }] },
      ],
    });
    const r2 = await h.gql(
      DeclarationPublishDocument,
      { product: toy.globalId, input: { ...v1, validFrom: '2024-09-01T00:00:00+08:00', changeNote: '降低车速' } },
      w.producer.key,
    );
    expect(r2.data?.declarationPublish.declaration?.version).toBe(2);

    await h.tx(async (em) => {
      await makeLot(em, w.producer.org, toy, {
        lotNumber: 'OLD',
        producedOn: '2024-08-31',
        quantity: 1,
        location: w.producer.site,
      });
      await makeLot(em, w.producer.org, toy, {
        lotNumber: 'NEW',
        producedOn: '2024-09-01',
        quantity: 1,
        location: w.producer.site,
      });
    });
    const old = await h.gql(LotTraceDocument, { gtin: gtin13(9501), lotNumber: 'OLD' });
    const neu = await h.gql(LotTraceDocument, { gtin: gtin13(9501), lotNumber: 'NEW' });
    expect(old.data?.lot?.declaration?.version).toBe(1);
    expect(neu.data?.lot?.declaration?.version).toBe(2);

    const p = await h.gql(ProductByGtinDocument, { gtin: gtin13(9501) });
    expect(p.data?.product?.currentDeclaration?.version).toBe(2);
    expect(p.data?.product?.declarations.map((d) => [d.version, d.validUntil])).toEqual([
      [2, null],
      [1, '2024-08-31T16:00:00.000Z'],
    ]);
  });

  it('versions are immutable in the database', async () => {
    await expect(h.em().execute(`update standard_declaration set change_note = 'x'`)).rejects.toThrow(/append-only/);
  });

  it.each([
    [{ standards: [] }, 'NO_STANDARDS'],
    [{ standards: [{ number: 'GB6675', kind: 'NATIONAL_MANDATORY' as const, title: 't' }] }, 'INVALID_STANDARD_NUMBER'],
    [
      { standards: [{ number: 'GB/T 22048-2015', kind: 'NATIONAL_MANDATORY' as const, title: 't' }] },
      'STANDARD_KIND_MISMATCH',
    ],
    [
      {
        standards: [
          { number: 'GB 6675.1-2014', kind: 'NATIONAL_MANDATORY' as const, title: 't' },
          { number: 'GB 6675.1-2014', kind: 'NATIONAL_MANDATORY' as const, title: 't' },
        ],
      },
      'DUPLICATE_STANDARD',
    ],
    [{ standards: [{ number: 'Q/ABC 1-2024', kind: 'ENTERPRISE' as const, title: 't' }] }, 'INDICATORS_REQUIRED'],
    [{ validFrom: '2024-05-01T00:00:00Z' }, 'INVALID_VALID_FROM'],
  ])('refuses %o with %s', async (patch, code) => {
    const r = await h.gql(
      DeclarationPublishDocument,
      { product: toy.globalId, input: { ...v1, ...patch } },
      w.producer.key,
    );
    expect(r.data?.declarationPublish.errors.map((e) => e.code)).toContain(code);
    expect(r.data?.declarationPublish.declaration).toBeNull();
  });

  it('only the producer declares (FORBIDDEN for others)', async () => {
    const r = await h.gql(DeclarationPublishDocument, { product: toy.globalId, input: v1 }, w.retailer.key);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('certifications', () => {
  it('records a CCC certificate and shows it on lots produced within its validity', async () => {
    const r = await h.gql(
      CertificationRecordDocument,
      {
        product: toy.globalId,
        input: {
          kind: 'CCC',
          number: '2024010701234567',
          body: 'CQC',
          scope: 'TQ-R12',
          validFrom: '2024-03-15',
          validUntil: '2029-03-14',
        },
      },
      w.producer.key,
    );
    expect(r.data?.certificationRecord.certification).toMatchObject({ kind: 'CCC', status: 'VALID' });
    const lot = await h.gql(LotTraceDocument, { gtin: gtin13(9501), lotNumber: 'NEW' });
    expect(lot.data?.lot?.certifications).toEqual([{ kind: 'CCC', number: '2024010701234567', status: 'VALID' }]);
  });

  it('reports EXPIRED past the end date and the status a regulator sets', async () => {
    const expired = await h.gql(
      CertificationRecordDocument,
      {
        product: toy.globalId,
        input: {
          kind: 'VOLUNTARY',
          number: 'CQC-V-1',
          body: 'CQC',
          scope: 's',
          validFrom: '2020-01-01',
          validUntil: '2021-01-01',
        },
      },
      w.producer.key,
    );
    expect(expired.data?.certificationRecord.certification?.status).toBe('EXPIRED');
    const id = (await h.gql(ProductByGtinDocument, { gtin: gtin13(9501) })).data!.product!.certifications.find(
      (c) => c.kind === 'CCC',
    )!;
    const ccc = await h.gql(
      CertificationRecordDocument,
      {
        product: toy.globalId,
        input: { kind: 'CCC', number: '2024010701234568', body: 'CQC', scope: 's', validFrom: '2024-01-01' },
      },
      w.producer.key,
    );
    const s = await h.gql(
      CertificationStatusSetDocument,
      { certification: ccc.data!.certificationRecord.certification!.id, status: 'SUSPENDED' },
      w.regulator.key,
    );
    expect(s.data?.certificationStatusSet.certification?.status).toBe('SUSPENDED');
    const noExpire = await h.gql(
      CertificationStatusSetDocument,
      { certification: ccc.data!.certificationRecord.certification!.id, status: 'EXPIRED' },
      w.producer.key,
    );
    expect(noExpire.data?.certificationStatusSet.errors.map((e) => e.code)).toEqual(['INVALID_STATUS']);
    const other = await h.gql(
      CertificationStatusSetDocument,
      { certification: ccc.data!.certificationRecord.certification!.id, status: 'VALID' },
      w.retailer.key,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(id.status).toBe('VALID');
  });

  it.each([
    [{ number: '12345' }, 'INVALID_CERTIFICATE_NUMBER'],
    [{ validFrom: '2024-13-01' }, 'INVALID_DATE'],
    [{ validUntil: '2020-01-01' }, 'INVALID_VALIDITY'],
    [{ number: '2024010701234567' }, 'DUPLICATE_CERTIFICATE'],
  ])('refuses %o with %s', async (patch, code) => {
    const r = await h.gql(
      CertificationRecordDocument,
      {
        product: toy.globalId,
        input: { kind: 'CCC', number: '2024010700000001', body: 'CQC', scope: 's', validFrom: '2024-01-01', ...patch },
      },
      w.producer.key,
    );
    expect(r.data?.certificationRecord.errors.map((e) => e.code)).toEqual([code]);
  });

  it('refuses a laboratory that is not a testing lab', async () => {
    const r = await h.gql(
      CertificationRecordDocument,
      {
        product: toy.globalId,
        input: {
          kind: 'TEST_REPORT',
          number: 'R-1',
          body: 'lab',
          laboratory: w.retailer.org.globalId,
          scope: 's',
          validFrom: '2024-01-01',
        },
      },
      w.producer.key,
    );
    expect(r.data?.certificationRecord.errors.map((e) => e.code)).toEqual(['NOT_A_LABORATORY']);
  });
});

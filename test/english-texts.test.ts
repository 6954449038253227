import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gtin13, makeProduct, ProductCategory } from '../seeds/factories';
import { RECORD_KINDS } from '../src/modules/ledger/ledger.canon';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * English versions of what consumers read (a standard's title, an indicator's name, a seller's
 * commitment, a product's suitability note): optional, validated as English, returned by the API and
 * covered by the ledger when given, without changing the hash of records that have none.
 */
let h: Harness;
let w: World;
let productId: string;
beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  const product = await h.tx((em) =>
    makeProduct(em, w.producer.org, {
      gtin: gtin13(9901),
      name: '儿童滑板车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'kick scooter',
    }),
  );
  productId = product.globalId;
});
afterAll(() => h.close());

const DECLARE = `mutation($p: ID!, $i: DeclarationPublishInput!) { declarationPublish(product: $p, input: $i) {
  declaration { id standards { title titleEn indicators { name nameEn } } } errors { field code } } }`;
const COMMIT = `mutation($i: CommitmentPublishInput!) { commitmentPublish(input: $i) {
  commitment { id statement statementEn } errors { field code } } }`;
const REGISTER = `mutation($i: ProductRegisterInput!) { productRegister(input: $i) {
  product { nameEn suitabilityNote suitabilityNoteEn } errors { field code } } }`;
const VERIFY = `query($o: ID!) { ledgerVerify(organization: $o) { valid firstBroken { recordType reason } } }`;

type Payload = { errors: { field: string[]; code: string }[] } & Record<string, unknown>;
const run = async (doc: string, variables: Record<string, unknown>, key: string): Promise<Payload> => {
  const r = await h.gql(doc, variables, key);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data as Record<string, Payload>)[0];
};

const indicator = {
  key: 'S1',
  name: '折叠机构锁止力',
  nameEn: 'Folding lock holding force',
  value: '≥ 250',
  unit: 'N',
  indicatorClass: 'SAFETY',
};
const standard = (over: Record<string, unknown> = {}) => ({
  number: 'Q/ZZTQ 002-2026',
  kind: 'ENTERPRISE',
  title: '滑板车企业标准',
  titleEn: 'Kick scooter enterprise standard',
  indicators: [indicator],
  ...over,
});
const commitment = (over: Record<string, unknown> = {}) => ({
  statement: '质量问题先找本店。',
  statementEn: 'With a quality problem, come to us first.',
  scope: 'ALL',
  remedies: ['REFUND'],
  responseHours: 24,
  hotline: '0371-1234 5678',
  ...over,
});
const product = (over: Record<string, unknown>) => ({
  gtin: gtin13(9902),
  name: '滑板车',
  category: 'CHILDRENS_GOODS',
  subcategory: 'kick scooter',
  brand: '童趣',
  ...over,
});

describe('English texts', () => {
  it('are stored and returned beside the Chinese', async () => {
    const d = await run(DECLARE, { p: productId, i: { standards: [standard()] } }, w.producer.key);
    expect(d.errors).toEqual([]);
    expect(d.declaration).toMatchObject({
      standards: [
        {
          title: '滑板车企业标准',
          titleEn: 'Kick scooter enterprise standard',
          indicators: [{ name: '折叠机构锁止力', nameEn: 'Folding lock holding force' }],
        },
      ],
    });
    const c = await run(COMMIT, { i: commitment() }, w.retailer.key);
    expect(c.commitment).toMatchObject({
      statement: '质量问题先找本店。',
      statementEn: 'With a quality problem, come to us first.',
    });
    const p = await run(
      REGISTER,
      {
        i: product({
          nameEn: 'Kick scooter',
          suitabilityNote: '3岁以下儿童禁止使用。',
          suitabilityNoteEn: 'Not for children under 3.',
        }),
      },
      w.producer.key,
    );
    expect(p).toMatchObject({
      errors: [],
      product: { nameEn: 'Kick scooter', suitabilityNoteEn: 'Not for children under 3.' },
    });
  });

  it('are optional: absent or blank is null', async () => {
    const blank = standard({ titleEn: '  ', indicators: [{ ...indicator, nameEn: null }] });
    const d = await run(DECLARE, { p: productId, i: { standards: [blank] } }, w.producer.key);
    expect(d.declaration).toMatchObject({ standards: [{ titleEn: null, indicators: [{ nameEn: null }] }] });
    const c = await run(COMMIT, { i: commitment({ statementEn: undefined }) }, w.otherRetailer.key);
    expect(c.commitment).toMatchObject({ statementEn: null });
  });

  it('are refused when they hold no English, or are too long, naming the field', async () => {
    const bad = standard({ titleEn: '滑板车标准', indicators: [{ ...indicator, nameEn: 'x'.repeat(201) }] });
    expect((await run(DECLARE, { p: productId, i: { standards: [bad] } }, w.producer.key)).errors).toEqual([
      { code: 'NOT_ENGLISH', field: ['input', 'standards', '0', 'titleEn'] },
      { code: 'INVALID_INPUT', field: ['input', 'standards', '0', 'indicators', '0', 'nameEn'] },
    ]);
    expect(
      (await run(COMMIT, { i: commitment({ statementEn: '质量问题先找本店。' }) }, w.retailer.key)).errors,
    ).toEqual([{ code: 'NOT_ENGLISH', field: ['input', 'statementEn'] }]);
    const chinese = product({ gtin: gtin13(9903), nameEn: '滑板车', suitabilityNoteEn: '不适合' });
    const p = await run(REGISTER, { i: chinese }, w.producer.key);
    expect(p.errors).toEqual([
      { code: 'NOT_ENGLISH', field: ['input', 'nameEn'] },
      { code: 'NOT_ENGLISH', field: ['input', 'suitabilityNoteEn'] },
    ]);
    // English that names a Chinese brand or place is English.
    const named = commitment({ statementEn: 'Come to Dennis (丹尼斯) first.' });
    expect((await run(COMMIT, { i: named }, w.retailer.key)).errors).toEqual([]);
  });

  it('are covered by the ledger when given; records without them hash as before', async () => {
    const verify = async () =>
      (
        (await h.gql(VERIFY, { o: w.retailer.org.globalId }, w.regulator.key)).data as {
          ledgerVerify: { valid: boolean; firstBroken: { recordType: string; reason: string } | null };
        }
      ).ledgerVerify;
    expect((await verify()).valid).toBe(true);
    const [last] = await h
      .em()
      .execute<{ id: string }[]>(
        'select id from commitment where seller_id = ? and statement_en is not null order by version desc limit 1',
        [w.retailer.org.id],
      );
    await h.em().execute(`update commitment set statement_en = 'We refund everything.' where id = ?`, [last.id]);
    expect(await verify()).toEqual({
      valid: false,
      firstBroken: { recordType: 'COMMITMENT', reason: 'CONTENT_CHANGED' },
    });
    await h
      .em()
      .execute(`update commitment set statement_en = 'Come to Dennis (丹尼斯) first.' where id = ?`, [last.id]);
    expect((await verify()).valid).toBe(true);

    // Without English texts, the canonical content has exactly the keys it had before they existed.
    const [plain] = await h
      .em()
      .execute<{ c: Record<string, unknown> }[]>(
        `select (${RECORD_KINDS.COMMITMENT.content}) as c from commitment r where r.statement_en is null limit 1`,
      );
    expect(Object.keys(plain.c).sort()).toEqual([
      'categories',
      'hotline',
      'id',
      'products',
      'publishedAt',
      'remedies',
      'responseHours',
      'scope',
      'seller',
      'statement',
      'validFrom',
      'validUntil',
      'version',
    ]);
    const [decl] = await h.em().execute<{ c: { standards: Record<string, unknown>[] } }[]>(
      `select (${RECORD_KINDS.DECLARATION.content}) as c from standard_declaration r
        where not exists (select 1 from declared_standard s where s.declaration_id = r.id and s.title_en is not null)
        limit 1`,
    );
    expect(Object.keys(decl.c.standards[0]).sort()).toEqual(['indicators', 'kind', 'number', 'position', 'title']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id';
import { todayInChina } from '../src/common/validate';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { gtin13, makeProduct, ProductCategory } from '../seeds/factories';
import { LotIdDocument, RecallActivateDocument, RecallInitiateDocument } from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/** The tamper-evident ledger: every chained write is in its organization's chain, and any later change is found at its entry. */
let h: Harness;
let w: World;
beforeAll(async () => {
  h = await startDemoHarness();
  w = await makeWorld(h);
}, 60_000);
afterAll(() => h.close());

type Verification = {
  valid: boolean;
  entriesChecked: number;
  headSeq: number | null;
  headHash: string | null;
  firstBroken: { seq: number; recordType: string; nodeId: string; reason: string } | null;
};
const VERIFY = `query($o: ID!) { ledgerVerify(organization: $o) { valid entriesChecked headSeq headHash firstBroken { seq recordType nodeId reason } } }`;
async function verify(orgId: string, key: string = DEMO_KEYS.REGULATOR): Promise<Verification> {
  const r = await h.gql<{ ledgerVerify: Verification }, unknown>(VERIFY, { o: toGlobalId('Organization', orgId) }, key);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.ledgerVerify;
}
const sql = <T>(q: string, params: unknown[] = []) => h.em().execute<T[]>(q, params);
/** What someone with the database owner's rights could do: switch the append-only trigger off, change a row, switch it on. */
async function tamper(table: string, change: string, params: unknown[]): Promise<void> {
  await h.tx(async (em) => {
    await em.execute(`alter table ${table} disable trigger ${table}_append_only`);
    await em.execute(change, params);
    await em.execute(`alter table ${table} enable trigger ${table}_append_only`);
  });
}
const entryOf = async (recordId: string) =>
  (
    await sql<{ organization_id: string; seq: string; record_type: string }>(
      'select organization_id, seq, record_type from ledger_entry where record_id = ? order by seq',
      [recordId],
    )
  )[0];
const orgOfKey = async (key: string) =>
  (
    await sql<{ organization_id: string }>(
      "select organization_id from api_key where key_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
      [key],
    )
  )[0].organization_id;

describe('the chains of the demo data', () => {
  it('hold every kind of chained record, and every chain verifies', async () => {
    const kinds = await sql<{ record_type: string }>('select distinct record_type from ledger_entry order by 1');
    expect(kinds.map((k) => k.record_type)).toEqual([
      'COMMITMENT',
      'CUSTODY_EVENT',
      'DECLARATION',
      'LOT',
      'TRANSFORMATION',
    ]);
    // Every custody event, lot and transformation of the demo is chained exactly once.
    const unchained = await sql<{ n: string }>(`select
      (select count(*) from custody_event e where not exists (select 1 from ledger_entry l where l.record_id = e.id and l.record_type = 'CUSTODY_EVENT'))
      + (select count(*) from lot x where not exists (select 1 from ledger_entry l where l.record_id = x.id and l.record_type = 'LOT'))
      + (select count(*) from lot_input x where not exists (select 1 from ledger_entry l where l.record_id = x.id and l.record_type = 'TRANSFORMATION')) as n`);
    expect(Number(unchained[0].n)).toBe(0);
    const orgs = await sql<{ organization_id: string; n: string }>(
      'select organization_id, count(*) as n from ledger_entry group by 1',
    );
    expect(orgs.length).toBeGreaterThan(8);
    for (const o of orgs) {
      const v = await verify(o.organization_id);
      expect(v).toMatchObject({ valid: true, entriesChecked: Number(o.n), headSeq: Number(o.n), firstBroken: null });
    }
  });

  it('ledger rows cannot be updated, deleted or truncated by the application', async () => {
    await expect(sql("update ledger_entry set hash = repeat('0', 64) where seq = 1")).rejects.toThrow(/append-only/);
    await expect(sql('delete from ledger_entry where seq = 1')).rejects.toThrow(/append-only/);
    await expect(sql('truncate ledger_entry')).rejects.toThrow(/append-only/);
  });
});

describe('verification names the first entry that does not match', () => {
  it('a custody event changed in SQL: CONTENT_CHANGED at exactly its entry', async () => {
    const producer = await orgOfKey(DEMO_KEYS.PRODUCER);
    const before = await verify(producer);
    expect(before.valid).toBe(true);
    // A shipment in the middle of the chain.
    const [victim] = await sql<{ record_id: string; seq: string }>(
      `select record_id, seq from ledger_entry where organization_id = ? and record_type = 'CUSTODY_EVENT' order by seq offset 3 limit 1`,
      [producer],
    );
    await tamper('custody_event', 'update custody_event set quantity = quantity + 1 where id = ?', [victim.record_id]);
    const after = await verify(producer);
    expect(after).toEqual({
      valid: false,
      entriesChecked: Number(victim.seq) - 1,
      headSeq: Number(victim.seq) - 1,
      headHash: expect.any(String),
      firstBroken: {
        seq: Number(victim.seq),
        recordType: 'CUSTODY_EVENT',
        nodeId: toGlobalId('CustodyEvent', victim.record_id),
        reason: 'CONTENT_CHANGED',
      },
    });
    // Putting it back makes the chain whole again: the hash is of the content, nothing else.
    await tamper('custody_event', 'update custody_event set quantity = quantity - 1 where id = ?', [victim.record_id]);
    expect((await verify(producer)).valid).toBe(true);
  });

  it("a declared standard's indicator changed: CONTENT_CHANGED at the declaration version", async () => {
    const producer = await orgOfKey(DEMO_KEYS.PRODUCER);
    const [d] = await sql<{ id: string; declaration_id: string }>(
      `select s.id, s.declaration_id from declared_standard s join ledger_entry l on l.record_id = s.declaration_id where l.organization_id = ? limit 1`,
      [producer],
    );
    await tamper('declared_standard', `update declared_standard set title = title || ' (edited)' where id = ?`, [d.id]);
    const v = await verify(producer);
    expect(v.firstBroken).toMatchObject({
      seq: Number((await entryOf(d.declaration_id)).seq),
      recordType: 'DECLARATION',
      reason: 'CONTENT_CHANGED',
      nodeId: toGlobalId('StandardDeclaration', d.declaration_id),
    });
    await tamper(
      'declared_standard',
      `update declared_standard set title = replace(title, ' (edited)', '') where id = ?`,
      [d.id],
    );
  });

  it('a ledger entry altered: ENTRY_CHANGED; an entry removed: CHAIN_BROKEN at the one after', async () => {
    const retailer = await orgOfKey(DEMO_KEYS.RETAILER);
    const n = (await verify(retailer)).entriesChecked;
    expect(n).toBeGreaterThan(3);
    await tamper(
      'ledger_entry',
      `update ledger_entry set content_hash = repeat('a', 64) where organization_id = ? and seq = 2`,
      [retailer],
    );
    expect((await verify(retailer)).firstBroken).toMatchObject({ seq: 2, reason: 'ENTRY_CHANGED' });
    await tamper('ledger_entry', 'delete from ledger_entry where organization_id = ? and seq = 2', [retailer]);
    expect((await verify(retailer)).firstBroken).toMatchObject({ seq: 3, reason: 'CHAIN_BROKEN' });
  });

  it("a commitment's revocation is its own record: changing its reason later is found there", async () => {
    const r = await h.gql<{ commitmentRevoke: { errors: unknown[]; commitment: { id: string } } }, unknown>(
      'mutation { commitmentRevoke(reason: "门店关闭") { errors { code } commitment { id } } }',
      {},
      DEMO_KEYS.DISTRIBUTOR,
    );
    expect(r.data!.commitmentRevoke.errors).toEqual([]);
    const distributor = await orgOfKey(DEMO_KEYS.DISTRIBUTOR);
    const v = await verify(distributor);
    expect(v.valid).toBe(true);
    const [rev] = await sql<{ seq: string; record_id: string }>(
      `select seq, record_id from ledger_entry where organization_id = ? and record_type = 'COMMITMENT_REVOCATION'`,
      [distributor],
    );
    expect(Number(rev.seq)).toBe(v.headSeq);
    await h.em().execute(`update commitment set revoked_reason = '客户要求' where id = ?`, [rev.record_id]);
    expect((await verify(distributor)).firstBroken).toMatchObject({
      seq: Number(rev.seq),
      recordType: 'COMMITMENT_REVOCATION',
      reason: 'CONTENT_CHANGED',
    });
  });
});

describe('recall transitions', () => {
  it("are chained with the recall's notice: editing the notice later is found at the first transition", async () => {
    const lotId = (await h.gql(LotIdDocument, { gtin: DEMO_LOTS.washer.gtin, lotNumber: DEMO_LOTS.washer.lotNumber }))
      .data!.lot!.id;
    const init = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [lotId] },
          hazard: '电池过充',
          remedies: ['REFUND'],
          consumerInstructions: '停止使用，联系门店退货。',
          noticeText: '召回通告。',
        },
      },
      DEMO_KEYS.REGULATOR,
    );
    const recallId = init.data!.recallInitiate.recall!.id;
    await h.gql(RecallActivateDocument, { recall: recallId }, DEMO_KEYS.REGULATOR);
    const regulator = await orgOfKey(DEMO_KEYS.REGULATOR);
    const entries = await sql<{ seq: string; record_type: string }>(
      'select seq, record_type from ledger_entry where organization_id = ? order by seq',
      [regulator],
    );
    expect(entries.map((e) => e.record_type)).toEqual(['RECALL_TRANSITION', 'RECALL_TRANSITION']);
    expect((await verify(regulator)).valid).toBe(true);
    await h
      .em()
      .execute(
        `update recall set notice_text = '已撤回' where number = (select number from recall order by created_at desc limit 1)`,
      );
    expect((await verify(regulator)).firstBroken).toEqual({
      seq: 1,
      recordType: 'RECALL_TRANSITION',
      nodeId: recallId,
      reason: 'CONTENT_CHANGED',
    });
  });
});

describe('chains under concurrent writers', () => {
  it('ten lots registered at once by one producer stay one linear chain', async () => {
    const product = await h.tx((em) =>
      makeProduct(em, w.producer.org, {
        gtin: gtin13(9811),
        name: '滑板车',
        category: ProductCategory.CHILDRENS_GOODS,
        subcategory: 'scooter',
      }),
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.gql<{ lotRegister: { errors: unknown[] } }, unknown>(
          `mutation($p: ID!, $i: LotRegisterInput!) { lotRegister(product: $p, input: $i) { errors { code message } } }`,
          {
            p: product.globalId,
            i: {
              lotNumber: `SC-${i}`,
              producedOn: '2024-09-01',
              quantity: 100,
              unit: 'EACH',
              location: w.producer.site.globalId,
            },
          },
          w.producer.key,
        ),
      ),
    );
    expect(results.map((r) => r.errors ?? r.data!.lotRegister.errors)).toEqual(Array(10).fill([]));
    const v = await verify(w.producer.org.id, w.producer.key);
    expect(v).toMatchObject({ valid: true, entriesChecked: 20, headSeq: 20 });
  });
});

describe('who may verify; published heads', () => {
  it('regulators verify any chain, an organization its own; others are refused', async () => {
    const o = toGlobalId('Organization', w.producer.org.id);
    expect((await h.gql(VERIFY, { o })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.gql(VERIFY, { o }, w.retailer.key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(VERIFY, { o }, w.producer.key)).errors).toBeUndefined();
    expect((await h.gql(VERIFY, { o: 'garbage' }, w.regulator.key)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("ledgerHeads and /ledger/heads/{day} give each organization's head at the end of a day, matching verification", async () => {
    const day = todayInChina();
    const r = await h.gql<
      {
        ledgerHeads: {
          day: string;
          final: boolean;
          heads: { organization: { id: string }; seq: number; hash: string }[];
        };
      },
      unknown
    >('query($d: String!) { ledgerHeads(day: $d) { day final heads { organization { id } seq hash } } }', { d: day });
    expect(r.data!.ledgerHeads).toMatchObject({ day, final: false });
    const mine = r.data!.ledgerHeads.heads.find(
      (x) => x.organization.id === toGlobalId('Organization', w.producer.org.id),
    )!;
    const v = await verify(w.producer.org.id);
    expect({ seq: mine.seq, hash: mine.hash }).toEqual({ seq: v.headSeq, hash: v.headHash });

    const http = await h.http.app.inject({ method: 'GET', url: `/ledger/heads/${day}` });
    expect(http.statusCode).toBe(200);
    expect(http.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(http.body).heads).toHaveLength(r.data!.ledgerHeads.heads.length);
    const past = await h.http.app.inject({ method: 'GET', url: '/ledger/heads/2020-01-01' });
    expect(JSON.parse(past.body)).toEqual({ day: '2020-01-01', final: true, heads: [] });
    expect(past.headers['cache-control']).toMatch(/immutable/);
    for (const bad of ['2024-02-30', 'yesterday', '2024-1-1']) {
      const b = await h.http.app.inject({ method: 'GET', url: `/ledger/heads/${bad}` });
      expect(b.statusCode).toBe(400);
      expect(JSON.parse(b.body).reason).toMatch(/YYYY-MM-DD/);
    }
  });
});

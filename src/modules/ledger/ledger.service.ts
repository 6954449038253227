import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { txQuery } from '../../db/read-query';
import { contentHashSql, LedgerRecordType, RECORD_KINDS } from './ledger.canon';

/**
 * The tamper-evident ledger: each organization's records form a hash chain. An entry's hash covers the
 * previous entry's hash, its place in the chain, the record's kind and id, and the SHA-256 of the
 * record's canonical content (ledger.canon.ts). Entries are append-only (a trigger refuses UPDATE,
 * DELETE and TRUNCATE), so changing a record, or an entry, breaks the chain from that point on.
 */

export const GENESIS = '0'.repeat(64);

export function chainHash(prev: string, seq: number, type: string, recordId: string, contentHash: string): string {
  return createHash('sha256').update(`${prev}|${seq}|${type}|${recordId}|${contentHash}`, 'utf8').digest('hex');
}

export interface LedgerRecord {
  type: LedgerRecordType;
  id: string;
}

/**
 * Appends records written in the current transaction to their owners' chains, in the order given.
 * Four statements whatever the number of records: content hashes, lock, chain heads, insert.
 * The per-organization lock (an advisory lock to the end of the transaction) keeps each chain linear
 * under concurrent writers.
 */
export async function appendToLedger(em: EntityManager, records: LedgerRecord[]): Promise<void> {
  if (records.length === 0) return;
  const types = [...new Set(records.map((r) => r.type))];
  const union = types
    .map((t) => {
      const k = RECORD_KINDS[t];
      return `select '${t}'::text as type, r.id::text as id, (${k.owner})::text as owner, ${contentHashSql(k)} as content_hash
                from ${k.table} r where r.id = any(?::uuid[])`;
    })
    .join(' union all ');
  const rows = await txQuery<{ type: string; id: string; owner: string; content_hash: string }>(
    em,
    union,
    types.map((t) => uuidArray(records.filter((r) => r.type === t).map((r) => r.id))),
  );
  const byKey = new Map(rows.map((r) => [`${r.type}|${r.id}`, r]));
  const owners = [...new Set(rows.map((r) => r.owner))].sort();
  // The lock first, in its own statement: a statement reads from a snapshot taken when it starts, so the
  // heads must be read after the lock is held, or a chain could fork under concurrent writers.
  await em.execute(
    `select count(pg_advisory_xact_lock(hashtextextended('ledger:' || o, 0))) from (select o from unnest(?::uuid[]) o order by o) x`,
    [uuidArray(owners)],
  );
  const heads = await em.execute<{ organization_id: string; seq: string | number; hash: string }[]>(
    `select h.organization_id, h.seq, h.hash
       from unnest(?::uuid[]) o
       cross join lateral (select e.organization_id, e.seq, e.hash from ledger_entry e where e.organization_id = o order by e.seq desc limit 1) h`,
    [uuidArray(owners)],
  );
  const head = new Map(owners.map((o) => [o, { seq: 0, hash: GENESIS }]));
  for (const h of heads) head.set(h.organization_id, { seq: Number(h.seq), hash: h.hash });

  const out = {
    org: [] as string[],
    seq: [] as number[],
    type: [] as string[],
    id: [] as string[],
    content: [] as string[],
    prev: [] as string[],
    hash: [] as string[],
  };
  for (const r of records) {
    const row = byKey.get(`${r.type}|${r.id}`);
    if (!row) throw new Error(`ledger: ${r.type} ${r.id} is not in the database`);
    const h = head.get(row.owner)!;
    const seq = h.seq + 1;
    const hash = chainHash(h.hash, seq, r.type, r.id, row.content_hash);
    out.org.push(row.owner);
    out.seq.push(seq);
    out.type.push(r.type);
    out.id.push(r.id);
    out.content.push(row.content_hash);
    out.prev.push(h.hash);
    out.hash.push(hash);
    head.set(row.owner, { seq, hash });
  }
  await txQuery(
    em,
    `insert into ledger_entry (organization_id, seq, record_type, record_id, content_hash, prev_hash, hash, recorded_at)
     select o, s, t, i, c, p, h, now() from unnest(?::uuid[], ?::bigint[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[]) as x(o, s, t, i, c, p, h)`,
    [
      uuidArray(out.org),
      `{${out.seq.join(',')}}`,
      `{${out.type.join(',')}}`,
      uuidArray(out.id),
      `{${out.content.join(',')}}`,
      `{${out.prev.join(',')}}`,
      `{${out.hash.join(',')}}`,
    ],
  );
}

/** Shorthand: the same kind for every id. */
export function recordsOf(type: LedgerRecordType, ids: string[]): LedgerRecord[] {
  return ids.map((id) => ({ type, id }));
}

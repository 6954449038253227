import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../common/global-id';
import { readQuery } from '../../db/read-query';
import { contentHashSql, LedgerRecordType, RECORD_KINDS } from './ledger.canon';
import { chainHash, GENESIS } from './ledger.service';

export enum LedgerBreak {
  CONTENT_CHANGED = 'CONTENT_CHANGED',
  RECORD_MISSING = 'RECORD_MISSING',
  ENTRY_CHANGED = 'ENTRY_CHANGED',
  CHAIN_BROKEN = 'CHAIN_BROKEN',
}
registerEnumType(LedgerBreak, {
  name: 'LedgerBreak',
  description: 'How a ledger entry fails verification.',
  valuesConfig: {
    CONTENT_CHANGED: {
      description:
        'The record in the database no longer matches the content hash written with it: it was changed afterwards.',
    },
    RECORD_MISSING: { description: 'The record the entry names is no longer in the database.' },
    ENTRY_CHANGED: {
      description: "The entry's own hash does not match its fields: the ledger row itself was altered.",
    },
    CHAIN_BROKEN: {
      description:
        'The entry does not follow the previous one (wrong previous hash or a gap in the sequence): entries were removed or reordered.',
    },
  },
});

export interface Broken {
  seq: number;
  recordType: LedgerRecordType;
  recordId: string;
  /** Global ID of the object to look at. */
  nodeId: string;
  reason: LedgerBreak;
}

export interface Verification {
  entriesChecked: number;
  head: { seq: number; hash: string } | null;
  firstBroken: Broken | null;
}

const BATCH = 5000;

/** Each entry with its record's content hash as it is now, one kind per branch (the others are cut by a one-time filter). */
const ENTRIES_SQL = `
  select e.seq, e.record_type, e.record_id, e.content_hash, e.prev_hash, e.hash, now_.content_hash as now_hash, now_.node_id
    from ledger_entry e
    left join lateral (${Object.entries(RECORD_KINDS)
      .map(
        ([t, k]) =>
          `select ${contentHashSql(k)} as content_hash, (${k.node.id})::text as node_id from ${k.table} r where e.record_type = '${t}' and r.id = e.record_id`,
      )
      .join(' union all ')}) now_ on true
   where e.organization_id = ? and e.seq > ?
   order by e.seq
   limit ${BATCH}`;

/**
 * Walks an organization's chain from the start and names the first entry that does not match: its
 * record was changed or removed, the entry itself was altered, or entries are missing.
 */
export async function verifyChain(em: EntityManager, organizationId: string): Promise<Verification> {
  let prev = GENESIS;
  let last = 0;
  let checked = 0;
  for (;;) {
    const rows = await readQuery<{
      seq: string | number;
      record_type: LedgerRecordType;
      record_id: string;
      content_hash: string;
      prev_hash: string;
      hash: string;
      now_hash: string | null;
      node_id: string | null;
    }>(em, ENTRIES_SQL, [organizationId, last]);
    for (const r of rows) {
      const seq = Number(r.seq);
      const broken = (reason: LedgerBreak): Verification => ({
        entriesChecked: checked,
        head: last ? { seq: last, hash: prev } : null,
        firstBroken: {
          seq,
          recordType: r.record_type,
          recordId: r.record_id,
          nodeId: toGlobalId(RECORD_KINDS[r.record_type].node.type, r.node_id ?? r.record_id),
          reason,
        },
      });
      if (seq !== last + 1 || r.prev_hash !== prev) return broken(LedgerBreak.CHAIN_BROKEN);
      if (r.hash !== chainHash(r.prev_hash, seq, r.record_type, r.record_id, r.content_hash))
        return broken(LedgerBreak.ENTRY_CHANGED);
      if (r.now_hash === null) return broken(LedgerBreak.RECORD_MISSING);
      if (r.now_hash !== r.content_hash) return broken(LedgerBreak.CONTENT_CHANGED);
      prev = r.hash;
      last = seq;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  return { entriesChecked: checked, head: last ? { seq: last, hash: prev } : null, firstBroken: null };
}

export interface ChainHead {
  organizationId: string;
  seq: number;
  hash: string;
  recordedAt: Date;
}

/**
 * Every organization's chain head at the end of a day (China time): published, they let anyone prove
 * later that no entry up to then was changed, even by whoever runs the database.
 */
export async function headsAtEndOf(em: EntityManager, day: string): Promise<ChainHead[]> {
  const rows = await readQuery<{
    organization_id: string;
    seq: string | number;
    hash: string;
    recorded_at: Date | string;
  }>(
    em,
    `select distinct on (organization_id) organization_id, seq, hash, recorded_at
       from ledger_entry
      where recorded_at < ((?::date + 1)::timestamp - interval '8 hours') at time zone 'UTC' -- China time: UTC+8, no daylight saving
      order by organization_id, seq desc`,
    [day],
  );
  return rows.map((r) => ({
    organizationId: r.organization_id,
    seq: Number(r.seq),
    hash: r.hash,
    recordedAt: new Date(r.recorded_at),
  }));
}

/**
 * Writes to the EPCIS event store, set-based: one statement for the events, one for their identifiers and
 * one for their links to the chain, whatever the number of events (parameters travel as arrays).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../../common/sql';
import { txQuery } from '../../db/read-query';
import type { EventRecord } from './epcis.events';

export interface StoredEvent {
  record: EventRecord;
  recordedBy: string;
  visibleTo: string[];
  chain: 'RECORDED' | 'STORED';
  /** Custody events this event recorded in the chain (so that chain reads leave them out). */
  custodyEventIds: string[];
}

/** Event IDs (of those given) the store holds already. */
export async function existingEventIds(em: EntityManager, eventIds: string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await txQuery<{ event_id: string }>(
    em,
    'select event_id from epcis_event where event_id = any(?::text[])',
    [textArray(eventIds)],
  );
  return new Set(rows.map((r) => r.event_id));
}

/** Inserts events with their identifiers and chain links; returns each event's (event_time, seq) key in order. */
export async function insertEvents(
  em: EntityManager,
  events: StoredEvent[],
  captureId: string | null,
  recordTime: Date,
): Promise<{ seq: string }[]> {
  if (events.length === 0) return [];
  const col = <T>(f: (e: StoredEvent) => T) => events.map(f);
  const rows = await txQuery<{ seq: string; ord: number }>(
    em,
    `insert into epcis_event (event_id, event_time, record_time, event_time_zone_offset, type, action, biz_step,
       disposition, read_point,
                              biz_location, recorded_by, visible_to, capture_id, chain, context, body)
     select v.event_id, v.event_time, ?::timestamptz, v.off, v.type, v.action, v.biz_step, v.disposition,
       v.read_point, v.biz_location,
            v.recorded_by, array(select jsonb_array_elements_text(v.visible_to))::uuid[], ?::uuid, v.chain,
              v.context, v.body
       from unnest(?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
         ?::text[], ?::uuid[],
                   ?::jsonb[], ?::text[], ?::jsonb[], ?::jsonb[]) with ordinality
            as v(event_id, event_time, off, type, action, biz_step, disposition, read_point, biz_location,
              recorded_by, visible_to, chain, context, body, ord)
      order by v.ord
     returning seq, event_time`,
    [
      recordTime.toISOString(),
      captureId,
      textArray(col((e) => e.record.eventId)),
      textArray(col((e) => e.record.eventTime.toISOString())),
      textArray(col((e) => e.record.offset)),
      textArray(col((e) => e.record.type)),
      textArray(col((e) => e.record.action)),
      textArray(col((e) => e.record.bizStep)),
      textArray(col((e) => e.record.disposition)),
      textArray(col((e) => e.record.readPoint)),
      textArray(col((e) => e.record.bizLocation)),
      textArray(col((e) => e.recordedBy)),
      textArray(col((e) => JSON.stringify(e.visibleTo))),
      textArray(col((e) => e.chain)),
      textArray(col((e) => JSON.stringify(e.record.context))),
      textArray(col((e) => JSON.stringify(e.record.body))),
    ],
  );
  // Identity values follow the insert order of one statement.
  const seqs = rows.map((r) => r.seq).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const epc: string[] = [],
    role: string[] = [],
    time: string[] = [],
    seq: string[] = [];
  const link: string[] = [],
    linkTime: string[] = [],
    linkSeq: string[] = [];
  events.forEach((e, i) => {
    for (const x of e.record.epcs) {
      epc.push(x.epc);
      role.push(x.role);
      time.push(e.record.eventTime.toISOString());
      seq.push(seqs[i]);
    }
    for (const id of e.custodyEventIds) {
      link.push(id);
      linkTime.push(e.record.eventTime.toISOString());
      linkSeq.push(seqs[i]);
    }
  });
  if (epc.length) {
    await txQuery(
      em,
      `insert into epcis_event_epc (epc, role, event_time, event_seq)
       select * from unnest(?::text[], ?::text[], ?::timestamptz[], ?::bigint[]) on conflict do nothing`,
      [textArray(epc), textArray(role), textArray(time), `{${seq.join(',')}}`],
    );
  }
  if (link.length) {
    await txQuery(
      em,
      `insert into epcis_custody_link (custody_event_id, event_time, event_seq) select * from unnest(?::uuid[],
         ?::timestamptz[], ?::bigint[])`,
      [textArray(link), textArray(linkTime), `{${linkSeq.join(',')}}`],
    );
  }
  return seqs.map((s) => ({ seq: s }));
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { nullableUuidArray, textArray, uuidArray } from '../../common/sql';
import { txQuery } from '../../db/read-query';
import { Commitment } from '../commitment/commitment.entity';
import { coveringCommitment } from '../commitment/commitment.service';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger, recordsOf } from '../ledger/ledger.service';
import type { RowRefs } from './custody.decode';
import { CustodyEvent } from './custody-event.entity';
import { CustodyEventType } from './custody.enums';
import type { References } from './custody.references';
import type { CustodyEventsRecordInput } from './custody.types';

const COLUMNS =
  'id, lot_id, type, organization_id, location_id, counterparty_id, counterparty_location_id, quantity, ' +
  'occurred_at, recorded_at, reference_document, corrects_id, shipment_id, commitment_id, recall_id, note';

/**
 * Step 5 of recording custody events, once every check passed: builds the events (each sale covered by
 * the seller's commitment version in force when it happened), inserts them with one statement, chains
 * them in the caller's ledger and keeps the answer for retries with the same idempotency key.
 */
export async function writeEvents(
  em: EntityManager,
  caller: string,
  input: CustodyEventsRecordInput,
  refs: RowRefs[],
  loaded: References,
  requestHash: string,
): Promise<CustodyEvent[]> {
  const sells = input.events.some((e) => (e.type as unknown as CustodyEventType) === CustodyEventType.SOLD);
  const versions = sells ? await em.find(Commitment, { seller: caller }) : [];
  const events = buildEvents(caller, input, refs, loaded, versions, new Date());
  await insertEvents(em, events);
  await appendToLedger(
    em,
    recordsOf(
      LedgerRecordType.CUSTODY_EVENT,
      events.map((e) => e.id),
    ),
  );
  await em.execute(
    `insert into idempotency_record (organization_id, key, request_hash, event_ids, created_at)
     values (?, ?, ?, ?::jsonb, ?)`,
    [caller, input.idempotencyKey, requestHash, JSON.stringify(events.map((e) => e.id)), events[0].recordedAt],
  );
  return events;
}

/**
 * The events as written, in input order. The answer is built from what is written, not from managed
 * entities: nothing for the unit of work to track. Relations are bare references (the field resolvers
 * only read their IDs), and own data properties come first, then the prototype (for `globalId`):
 * assigning onto an entity object would run the ORM's relation setters, which cost more than the rest
 * of the call.
 */
export function buildEvents(
  caller: string,
  input: CustodyEventsRecordInput,
  refs: RowRefs[],
  loaded: References,
  versions: Commitment[],
  recordedAt: Date,
): CustodyEvent[] {
  const ref = (id: string | null | undefined): { id: string } | null => (id ? { id } : null);
  return input.events.map((e, i) => {
    const r = refs[i];
    const type = e.type as unknown as CustodyEventType;
    const lot = loaded.lots.get(r.lot!)!;
    const shipment = r.shipment ? loaded.events.get(r.shipment)! : null;
    const commitment = type === CustodyEventType.SOLD ? coveringCommitment(versions, lot.product, e.occurredAt) : null;
    return Object.setPrototypeOf(
      {
        id: randomUUID(),
        lot: ref(lot.id),
        type,
        organization: ref(caller),
        location: ref(r.location),
        counterparty: ref(type === CustodyEventType.RECEIVED ? shipment!.organization.id : r.counterparty),
        counterpartyLocation: ref(type === CustodyEventType.RECEIVED ? shipment!.location.id : r.counterpartyLocation),
        quantity: e.quantity,
        occurredAt: e.occurredAt,
        recordedAt,
        referenceDocument: e.referenceDocument?.trim() || null,
        note: e.note?.trim() || null,
        corrects: ref(r.corrects),
        shipment: ref(shipment?.id),
        outputLot: null,
        commitment: ref(commitment?.id),
        recall: ref(r.recall),
      },
      CustodyEvent.prototype,
    ) as CustodyEvent;
  });
}

/** Inserts events with one statement over parallel arrays (16 parameters whatever the row count). */
async function insertEvents(em: EntityManager, events: CustodyEvent[]): Promise<void> {
  const col = <T>(f: (e: CustodyEvent) => T) => events.map(f);
  const id = (x: { id: string } | null) => x?.id ?? null;
  await txQuery(
    em,
    `insert into custody_event (${COLUMNS})
     select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[],
                          ?::numeric[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::uuid[], ?::uuid[],
                          ?::uuid[], ?::uuid[], ?::text[])`,
    [
      uuidArray(col((e) => e.id)),
      uuidArray(col((e) => e.lot.id)),
      textArray(col((e) => e.type)),
      uuidArray(col((e) => e.organization.id)),
      uuidArray(col((e) => e.location.id)),
      nullableUuidArray(col((e) => id(e.counterparty))),
      nullableUuidArray(col((e) => id(e.counterpartyLocation))),
      textArray(col((e) => String(e.quantity))),
      textArray(col((e) => e.occurredAt.toISOString())),
      textArray(col((e) => e.recordedAt.toISOString())),
      textArray(col((e) => e.referenceDocument)),
      nullableUuidArray(col((e) => id(e.corrects))),
      nullableUuidArray(col((e) => id(e.shipment))),
      nullableUuidArray(col((e) => id(e.commitment))),
      nullableUuidArray(col((e) => id(e.recall))),
      textArray(col((e) => e.note)),
    ],
  );
}

import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { txQuery } from '../../db/read-query';
import { isValidQuantity, q3 } from '../../common/decimal';
import { decodeIdOf } from '../../common/global-id';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { Commitment } from '../commitment/commitment.entity';
import { coveringCommitment } from '../commitment/commitment.service';
import { LocationKind } from '../organization/organization.enums';
import { ProductCategory } from '../product/product.enums';
import { nullableUuidArray, textArray, uuidArray } from '../../common/sql';
import { Recall } from '../recall/recall.entity';
import { RecallStatus } from '../recall/recall.enums';
import { CustodyEvent, IdempotencyRecord } from './custody-event.entity';
import { CustodyEventType, STOCK_SIGN } from './custody.enums';
import type { CustodyEventsRecordInput } from './custody.types';
import { balances, lockLots, stockKey, unreceived } from './stock.service';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger, recordsOf } from '../ledger/ledger.service';

export const MAX_EVENTS = 1000;

/** Event types that may name a recall. */
const RECALL_EVENT_TYPES = [CustodyEventType.RETURNED, CustodyEventType.REPAIRED, CustodyEventType.REPLACED, CustodyEventType.DESTROYED, CustodyEventType.SHIPPED];

const COLUMNS = 'id, lot_id, type, organization_id, location_id, counterparty_id, counterparty_location_id, quantity, occurred_at, recorded_at, reference_document, corrects_id, shipment_id, commitment_id, recall_id, note';

/** Inserts events with one statement over parallel arrays (16 parameters whatever the row count). */
async function insertEvents(em: EntityManager, events: CustodyEvent[]): Promise<void> {
  const col = <T>(f: (e: CustodyEvent) => T) => events.map(f);
  const id = (x: { id: string } | null) => x?.id ?? null;
  await txQuery(em,
    `insert into custody_event (${COLUMNS})
     select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::numeric[], ?::timestamptz[],
                          ?::timestamptz[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[])`,
    [
      uuidArray(col((e) => e.id)), uuidArray(col((e) => e.lot.id)), textArray(col((e) => e.type)), uuidArray(col((e) => e.organization.id)),
      uuidArray(col((e) => e.location.id)), nullableUuidArray(col((e) => id(e.counterparty))), nullableUuidArray(col((e) => id(e.counterpartyLocation))),
      textArray(col((e) => String(e.quantity))), textArray(col((e) => e.occurredAt.toISOString())), textArray(col((e) => e.recordedAt.toISOString())),
      textArray(col((e) => e.referenceDocument)), nullableUuidArray(col((e) => id(e.corrects))), nullableUuidArray(col((e) => id(e.shipment))),
      nullableUuidArray(col((e) => id(e.commitment))), nullableUuidArray(col((e) => id(e.recall))), textArray(col((e) => e.note)),
    ],
  );
}

/** Which (recall, lot) pairs are in the recalls' frozen scopes, in one statement. */
async function lotsInRecalls(em: EntityManager, pairs: [string, string][]): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await em.execute<{ recall_id: string; lot_id: string }[]>(
    `select recall_id, lot_id from recall_scope_lot where (recall_id, lot_id) in (select * from unnest(?::uuid[], ?::uuid[]))`,
    [uuidArray(pairs.map((p) => p[0])), uuidArray(pairs.map((p) => p[1]))],
  );
  return new Set(rows.map((r) => `${r.recall_id}|${r.lot_id}`));
}

export interface RecordResult { events: CustodyEvent[]; replayed: boolean }

type Refs = { lot?: string; location?: string; counterparty?: string; counterpartyLocation?: string; shipment?: string; corrects?: string; recall?: string };

function requestHash(input: CustodyEventsRecordInput): string {
  const canonical = input.events.map((e) => [
    e.type, e.lot, e.location, e.quantity, e.occurredAt.toISOString(), e.counterparty ?? null, e.counterpartyLocation ?? null,
    e.shipment ?? null, e.referenceDocument ?? null, e.corrects ?? null, e.note ?? null, e.recall ?? null,
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * Records up to 1,000 custody events of the caller, all or nothing, in input order. The number of SQL
 * statements does not grow with the number of events: references, stock and shipments are read in
 * one query each, and the rows are inserted in batches.
 */
export async function recordCustodyEvents(em: EntityManager, viewer: OrganizationViewer, input: CustodyEventsRecordInput): Promise<RecordResult> {
  const key = input.idempotencyKey;
  if (!/^[\x21-\x7e]{1,100}$/.test(key)) throw new InputError([userError('INVALID_IDEMPOTENCY_KEY', 'The idempotency key has 1 to 100 printable ASCII characters.', ['input', 'idempotencyKey'])]);
  if (input.events.length === 0) throw new InputError([userError('NO_EVENTS', 'Send at least one event.', ['input', 'events'])]);
  if (input.events.length > MAX_EVENTS) throw new InputError([userError('TOO_MANY_EVENTS', `Send at most ${MAX_EVENTS} events per call.`, ['input', 'events'])]);
  const hash = requestHash(input);

  // Same key, concurrently: the second waits here, then finds the first's record.
  await em.execute('select pg_advisory_xact_lock(hashtextextended(? || \'/\' || ?, 0))', [viewer.organizationId, key]);
  const prior = await em.findOne(IdempotencyRecord, { organization: viewer.organizationId, key });
  if (prior) {
    if (prior.requestHash !== hash) throw new InputError([userError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different request.', ['input', 'idempotencyKey'])]);
    const events = await em.find(CustodyEvent, { id: { $in: prior.eventIds } });
    const byId = new Map(events.map((e) => [e.id, e]));
    return { events: prior.eventIds.map((id) => byId.get(id)!), replayed: true };
  }

  const errs: UserErrorData[] = [];
  const at = (i: number, f?: string) => ['input', 'events', i, ...(f ? [f] : [])];
  // A call names the same few lots, locations and counterparties many times: each ID is decoded once.
  const decoded = new Map<string, ReturnType<typeof decodeIdOf>>();
  const decodeOnce = (type: string, value: string) => {
    const k = `${type}|${value}`;
    let d = decoded.get(k);
    if (!d) decoded.set(k, (d = decodeIdOf(type, value)));
    return d;
  };
  const refs: Refs[] = input.events.map((e, i) => {
    const r: Refs = {};
    const decode = (field: keyof Refs, type: string, value: string | null | undefined) => {
      if (value == null) return;
      const d = decodeOnce(type, value);
      if ('problem' in d) errs.push(userError(d.problem, d.problem === 'WRONG_ID_TYPE' ? `Expected the ID of a ${type}.` : 'Not a valid ID.', at(i, field)));
      else r[field] = d.id;
    };
    decode('lot', 'Lot', e.lot);
    decode('location', 'Location', e.location);
    decode('counterparty', 'Organization', e.counterparty);
    decode('counterpartyLocation', 'Location', e.counterpartyLocation);
    decode('shipment', 'CustodyEvent', e.shipment);
    decode('corrects', 'CustodyEvent', e.corrects);
    decode('recall', 'Recall', e.recall);
    return r;
  });
  const ids = (f: keyof Refs) => [...new Set(refs.map((r) => r[f]).filter((x): x is string => !!x))];

  // One statement per kind of reference, in turn: a transaction's connection runs one query at a time.
  // Lots, locations and counterparties are read as plain rows: a call names hundreds of them, and
  // the checks need a few columns, not managed entities.
  const lots = (await txQuery<{ id: string; lot_number: string; produced_on: string; product_id: string; category: ProductCategory }>(em,
    'select l.id, l.lot_number, l.produced_on::text as produced_on, p.id as product_id, p.category from lot l join product p on p.id = l.product_id where l.id = any(?::uuid[])',
    [uuidArray(ids('lot'))])).map((l) => ({ id: l.id, lotNumber: l.lot_number, producedOn: l.produced_on, product: { id: l.product_id, category: l.category } }));
  const locations = (await txQuery<{ id: string; organization_id: string; kind: LocationKind }>(em,
    'select id, organization_id, kind from location where id = any(?::uuid[])', [uuidArray([...ids('location'), ...ids('counterpartyLocation')])],
  )).map((l) => ({ id: l.id, organization: { id: l.organization_id }, kind: l.kind }));
  const orgs = await txQuery<{ id: string }>(em, 'select id from organization where id = any(?::uuid[])', [uuidArray(ids('counterparty'))]);
  const referenced = await em.find(CustodyEvent, { id: { $in: [...ids('shipment'), ...ids('corrects')] } });
  const lotById = new Map(lots.map((x) => [x.id, x]));
  const locById = new Map(locations.map((x) => [x.id, x]));
  const orgById = new Map(orgs.map((x) => [x.id, x]));
  const evById = new Map(referenced.map((x) => [x.id, x]));
  const recalls = new Map((await em.find(Recall, { id: { $in: ids('recall') } })).map((x) => [x.id, x]));
  const inRecall = await lotsInRecalls(em, refs.filter((r) => r.recall && r.lot).map((r) => [r.recall!, r.lot!]));
  const correctedAlready = new Set(
    (await em.find(CustodyEvent, { corrects: { $in: ids('corrects') } }, { fields: ['corrects'] })).map((e) => e.corrects!.id),
  );
  const now = Date.now();

  // Per-row checks that need no stock.
  input.events.forEach((e, i) => {
    const r = refs[i];
    const lot = r.lot ? lotById.get(r.lot) : undefined;
    if (r.lot && !lot) errs.push(userError('NOT_FOUND', 'No Lot has this ID.', at(i, 'lot')));
    const loc = r.location ? locById.get(r.location) : undefined;
    if (r.location && !loc) errs.push(userError('NOT_FOUND', 'No Location has this ID.', at(i, 'location')));
    else if (loc && loc.organization.id !== viewer.organizationId) errs.push(userError('LOCATION_NOT_OWNED', "The location is not one of the caller's.", at(i, 'location')));
    if (!isValidQuantity(e.quantity)) errs.push(userError('INVALID_QUANTITY', 'A quantity is over 0 with at most 3 decimals.', at(i, 'quantity')));
    if (e.occurredAt.getTime() > now + check.CLOCK_SKEW_MS) errs.push(userError('FUTURE_DATE', 'The event is dated in the future.', at(i, 'occurredAt')));
    else if (lot && e.occurredAt < new Date(`${lot.producedOn}T00:00:00+08:00`)) errs.push(userError('BEFORE_PRODUCTION', `Lot ${lot.lotNumber} was produced on ${lot.producedOn}.`, at(i, 'occurredAt')));
    check.text(errs, e.referenceDocument, at(i, 'referenceDocument'), { max: 200 });
    check.text(errs, e.note, at(i, 'note'), { max: 2000 });

    const type = e.type as unknown as CustodyEventType;
    if (type === CustodyEventType.SHIPPED) {
      if (!e.counterparty || !e.counterpartyLocation) errs.push(userError('COUNTERPARTY_REQUIRED', 'A shipment names the receiving organization and location.', at(i, e.counterparty ? 'counterpartyLocation' : 'counterparty')));
      const cp = r.counterparty ? orgById.get(r.counterparty) : undefined;
      const cpLoc = r.counterpartyLocation ? locById.get(r.counterpartyLocation) : undefined;
      if (r.counterparty && !cp) errs.push(userError('NOT_FOUND', 'No Organization has this ID.', at(i, 'counterparty')));
      if (r.counterpartyLocation && !cpLoc) errs.push(userError('NOT_FOUND', 'No Location has this ID.', at(i, 'counterpartyLocation')));
      if (cp && cpLoc && cpLoc.organization.id !== cp.id) errs.push(userError('LOCATION_MISMATCH', 'The location is not one of the counterparty\'s.', at(i, 'counterpartyLocation')));
      if (cpLoc && loc && cpLoc.id === loc.id) errs.push(userError('INVALID_COUNTERPARTY', 'A shipment goes to another location.', at(i, 'counterpartyLocation')));
    } else if (e.counterparty || e.counterpartyLocation) {
      errs.push(userError('INVALID_COUNTERPARTY', 'Only shipments name a counterparty (receipts take it from the shipment).', at(i, 'counterparty')));
    }
    if (type === CustodyEventType.RECEIVED) {
      const s = r.shipment ? evById.get(r.shipment) : undefined;
      if (!e.shipment) errs.push(userError('SHIPMENT_REQUIRED', 'A receipt names the shipment it receives.', at(i, 'shipment')));
      else if (r.shipment && (!s || s.type !== CustodyEventType.SHIPPED || s.lot.id !== r.lot || s.counterparty?.id !== viewer.organizationId || correctedAlready.has(s.id))) {
        errs.push(userError('NOT_A_SHIPMENT', 'Not a live shipment of this lot to the caller.', at(i, 'shipment')));
      } else if (s && loc && s.counterpartyLocation?.id !== loc.id) {
        errs.push(userError('LOCATION_MISMATCH', 'The shipment went to another location.', at(i, 'location')));
      }
    } else if (e.shipment) {
      errs.push(userError('NOT_A_SHIPMENT', 'Only receipts name a shipment.', at(i, 'shipment')));
    }
    if ((type === CustodyEventType.SOLD || type === CustodyEventType.RETURNED) && loc && loc.kind !== LocationKind.STORE) {
      errs.push(userError('LOCATION_NOT_STORE', 'Sales and consumer returns are recorded at a STORE location.', at(i, 'location')));
    }
    if (r.recall) {
      const recall = recalls.get(r.recall);
      if (!recall) errs.push(userError('NOT_FOUND', 'No Recall has this ID.', at(i, 'recall')));
      else if (recall.status !== RecallStatus.ACTIVE) errs.push(userError('RECALL_NOT_ACTIVE', `Recall ${recall.number} is ${recall.status}.`, at(i, 'recall')));
      else if (!RECALL_EVENT_TYPES.includes(type)) errs.push(userError('RECALL_NOT_APPLICABLE', `A ${type} event does not carry out a recall.`, at(i, 'type')));
      else if (r.lot && !inRecall.has(`${r.recall}|${r.lot}`)) errs.push(userError('LOT_NOT_IN_RECALL', `The lot is not in recall ${recall.number}.`, at(i, 'lot')));
    }
    if (r.corrects) {
      const orig = evById.get(r.corrects);
      if (!orig) errs.push(userError('NOT_FOUND', 'No CustodyEvent has this ID.', at(i, 'corrects')));
      else if (orig.organization.id !== viewer.organizationId || orig.type !== type || orig.lot.id !== r.lot) {
        errs.push(userError('CORRECTION_NOT_ALLOWED', 'Correct your own event by one of the same type and lot.', at(i, 'corrects')));
      } else if (correctedAlready.has(orig.id)) errs.push(userError('ALREADY_CORRECTED', 'The event has been corrected already.', at(i, 'corrects')));
      else correctedAlready.add(orig.id); // a second correction of it in this call is refused too
    }
  });
  if (errs.length) throw new InputError(errs);

  // Stock: lock the lots, read every balance and shipment remainder once, then apply the rows in order.
  const rowKey = (i: number) => ({ lotId: refs[i].lot!, organizationId: viewer.organizationId, locationId: refs[i].location! });
  const evKey = (ev: CustodyEvent) => ({ lotId: ev.lot.id, organizationId: ev.organization.id, locationId: ev.location.id });
  const corrected = refs.map((r) => (r.corrects ? evById.get(r.corrects)! : null));
  await lockLots(em, ids('lot'));
  const shipmentIds = [...ids('shipment'), ...corrected.filter((c) => c?.type === CustodyEventType.SHIPPED || c?.type === CustodyEventType.RECEIVED).map((c) => (c!.type === CustodyEventType.SHIPPED ? c!.id : c!.shipment!.id))];
  const bal = await balances(em, [...input.events.map((_, i) => rowKey(i)), ...corrected.filter((c): c is CustodyEvent => !!c).map(evKey)]);
  const left = await unreceived(em, shipmentIds);
  input.events.forEach((e, i) => {
    const type = e.type as unknown as CustodyEventType;
    const touched = [stockKey(rowKey(i))];
    const orig = corrected[i];
    if (orig) {
      if (orig.type === CustodyEventType.SHIPPED && q3(left.get(orig.id) ?? 0) < orig.quantity) {
        errs.push(userError('EVENT_HAS_DEPENDENTS', 'The shipment has receipts; correct those first.', at(i, 'corrects')));
        return;
      }
      const k = stockKey(evKey(orig));
      bal.set(k, q3((bal.get(k) ?? 0) - STOCK_SIGN[orig.type] * orig.quantity));
      if (orig.type === CustodyEventType.RECEIVED) left.set(orig.shipment!.id, q3((left.get(orig.shipment!.id) ?? 0) + orig.quantity));
      touched.push(k);
    }
    if (type === CustodyEventType.RECEIVED) {
      const sid = refs[i].shipment!;
      const remaining = left.get(sid) ?? 0;
      if (remaining < e.quantity) {
        errs.push(userError('RECEIPT_EXCEEDS_SHIPMENT', `Only ${remaining} of the shipment is left to receive.`, at(i, 'quantity')));
        return;
      }
      left.set(sid, q3(remaining - e.quantity));
    }
    const k = touched[0];
    if (STOCK_SIGN[type] === 0 && !bal.has(k)) {
      errs.push(userError('NOT_A_HOLDER', 'The caller never held this lot at that location.', at(i, 'location')));
      return;
    }
    bal.set(k, q3((bal.get(k) ?? 0) + STOCK_SIGN[type] * e.quantity));
    for (const t of touched) {
      if ((bal.get(t) ?? 0) < 0) {
        errs.push(userError('INSUFFICIENT_QUANTITY', `Lot ${lotById.get(refs[i].lot!)!.lotNumber} would go below zero at that location (short by ${-bal.get(t)!}).`, at(i, 'quantity')));
        return;
      }
    }
  });
  if (errs.length) throw new InputError(errs);

  // Sales are covered by the seller's commitment version in force when they happened.
  const sells = input.events.some((e) => (e.type as unknown as CustodyEventType) === CustodyEventType.SOLD);
  const versions = sells ? await em.find(Commitment, { seller: viewer.organizationId }) : [];
  // One set-based insert for all rows; the answer is built from what was written, not from managed entities.
  const recordedAt = new Date();
  // Relations as bare references: the field resolvers only read their IDs.
  const ref = (id: string | null | undefined): { id: string } | null => (id ? { id } : null);
  const events = input.events.map((e, i) => {
    const r = refs[i];
    const type = e.type as unknown as CustodyEventType;
    const lot = lotById.get(r.lot!)!;
    const shipment = r.shipment ? evById.get(r.shipment)! : null;
    const commitment = type === CustodyEventType.SOLD ? coveringCommitment(versions, lot.product, e.occurredAt) : null;
    // Not a managed entity: nothing for the unit of work to track, the row is written below. Own data
    // properties first, then the prototype (for `globalId`): assigning onto an entity object would run
    // the ORM's relation setters, which cost more than the rest of the call.
    return Object.setPrototypeOf({
      id: randomUUID(), lot: ref(lot.id), type, organization: ref(viewer.organizationId), location: ref(r.location),
      counterparty: ref(type === CustodyEventType.RECEIVED ? shipment!.organization.id : r.counterparty),
      counterpartyLocation: ref(type === CustodyEventType.RECEIVED ? shipment!.location.id : r.counterpartyLocation),
      quantity: e.quantity, occurredAt: e.occurredAt, recordedAt, referenceDocument: e.referenceDocument?.trim() || null, note: e.note?.trim() || null,
      corrects: ref(corrected[i]?.id), shipment: ref(shipment?.id), outputLot: null, commitment: ref(commitment?.id), recall: ref(r.recall),
    }, CustodyEvent.prototype) as CustodyEvent;
  });
  await insertEvents(em, events);
  await appendToLedger(em, recordsOf(LedgerRecordType.CUSTODY_EVENT, events.map((e) => e.id)));
  await em.execute(
    'insert into idempotency_record (organization_id, key, request_hash, event_ids, created_at) values (?, ?, ?, ?::jsonb, ?)',
    [viewer.organizationId, key, hash, JSON.stringify(events.map((e) => e.id)), recordedAt],
  );
  return { events, replayed: false };
}

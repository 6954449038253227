import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputError, userError } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { CustodyEvent, IdempotencyRecord } from './custody-event.entity';
import { decodeEvents, idsOf } from './custody.decode';
import { loadReferences } from './custody.references';
import { checkRows } from './custody.rules';
import { checkStock } from './custody.stock-check';
import type { CustodyEventsRecordInput } from './custody.types';
import { writeEvents } from './custody.write';
import { lockLots } from './stock.service';

export const MAX_EVENTS = 1000;

export interface RecordResult {
  events: CustodyEvent[];
  replayed: boolean;
}

/**
 * Records up to 1,000 custody events of the caller, all or nothing, in input order, inside the caller's
 * transaction. The steps, each in its own file and testable alone:
 *
 * 1. decode the IDs (`custody.decode.ts`);
 * 2. lock the lots, then load what the rows name (`custody.references.ts`);
 * 3. the rules of each row that need no stock (`custody.rules.ts`);
 * 4. the stock check, rows applied in order (`custody.stock-check.ts`);
 * 5. write the events, the ledger entries and the idempotency record (`custody.write.ts`).
 *
 * The number of SQL statements does not grow with the number of events: each kind of reference, the
 * stock and the shipments are read with one statement each, and the rows are inserted with one.
 */
export async function recordCustodyEvents(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: CustodyEventsRecordInput,
): Promise<RecordResult> {
  checkCallShape(input);
  const hash = requestHash(input);
  const replay = await replayOf(em, viewer.organizationId, input.idempotencyKey, hash);
  if (replay) return { events: replay, replayed: true };

  const caller = viewer.organizationId;
  const decoded = decodeEvents(input);
  // Locked before anything about them is read, so that what the checks read cannot change before the
  // call commits: concurrent writers of a lot's stock take turns (no double spending).
  await lockLots(em, idsOf(decoded.refs, 'lot'));
  const loaded = await loadReferences(em, caller, decoded.refs);
  const errs = [...decoded.errors, ...checkRows(caller, input.events, decoded.refs, loaded, Date.now())];
  if (errs.length) throw new InputError(errs);
  const short = await checkStock(em, caller, input.events, decoded.refs, loaded);
  if (short.length) throw new InputError(short);
  return { events: await writeEvents(em, caller, input, decoded.refs, loaded, hash), replayed: false };
}

function checkCallShape(input: CustodyEventsRecordInput): void {
  const refuse = (code: string, message: string, field: string) =>
    new InputError([userError(code, message, ['input', field])]);
  if (!/^[\x21-\x7e]{1,100}$/.test(input.idempotencyKey)) {
    const message = 'The idempotency key has 1 to 100 printable ASCII characters.';
    throw refuse('INVALID_IDEMPOTENCY_KEY', message, 'idempotencyKey');
  }
  if (input.events.length === 0) throw refuse('NO_EVENTS', 'Send at least one event.', 'events');
  if (input.events.length > MAX_EVENTS) {
    throw refuse('TOO_MANY_EVENTS', `Send at most ${MAX_EVENTS} events per call.`, 'events');
  }
}

function requestHash(input: CustodyEventsRecordInput): string {
  const canonical = input.events.map((e) => [
    e.type,
    e.lot,
    e.location,
    e.quantity,
    e.occurredAt.toISOString(),
    e.counterparty ?? null,
    e.counterpartyLocation ?? null,
    e.shipment ?? null,
    e.referenceDocument ?? null,
    e.corrects ?? null,
    e.note ?? null,
    e.recall ?? null,
  ]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** The events of an earlier call with this key, or null; the same key with other content is refused. */
async function replayOf(
  em: EntityManager,
  organizationId: string,
  key: string,
  hash: string,
): Promise<CustodyEvent[] | null> {
  // Same key, concurrently: the second waits here, then finds the first's record.
  await em.execute("select pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))", [organizationId, key]);
  const prior = await em.findOne(IdempotencyRecord, { organization: organizationId, key });
  if (!prior) return null;
  if (prior.requestHash !== hash) {
    const message = 'This idempotency key was used for a different request.';
    throw new InputError([userError('IDEMPOTENCY_KEY_REUSED', message, ['input', 'idempotencyKey'])]);
  }
  const events = await em.find(CustodyEvent, { id: { $in: prior.eventIds } });
  const byId = new Map(events.map((e) => [e.id, e]));
  return prior.eventIds.map((id) => byId.get(id)!);
}

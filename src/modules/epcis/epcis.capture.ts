/**
 * Capture jobs: a validated document's events deduplicated by event ID, applied to the chain through its
 * services, and stored, all in one transaction (`rollback`, the default: one refusal stores nothing) or
 * event by event (`proceed`: refused events are reported, the others kept). The job records what became
 * of every event: RECORDED (stored and changed the chain), STORED (stored only: it is not about this
 * platform's lots), DUPLICATE (its event ID was captured before) or REFUSED (with the chain's reason).
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { createContext, type Services } from '../../app/context';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { recordCustodyEvents, MAX_EVENTS } from '../custody/custody.service';
import type { CustodyEventInput } from '../custody/custody.types';
import { Lot } from '../lot/lot.entity';
import { recordInputs, registerLot } from '../lot/lot.service';
import { Product } from '../product/product.entity';
import { pagesChanged } from '../scan/page-changes';
import { txQuery } from '../../db/read-query';
import { uuidArray } from '../../common/sql';
import {
  attachShipments,
  loadDirectory,
  organizationsNamed,
  planOf,
  refusalsOf,
  type ChainPlan,
  type Directory,
} from './epcis.chain';
import { eventRecord, eventsOfDocument, type EventRecord } from './epcis.events';
import { existingEventIds, insertEvents, type StoredEvent } from './epcis.store';
import { EPCIS_EVENTS_RECORDED } from './epcis.bus';

export type Outcome = 'RECORDED' | 'STORED' | 'DUPLICATE' | 'REFUSED' | 'NOT_STORED';
export interface EventOutcome {
  index: number;
  eventID: string;
  outcome: Outcome;
  errors?: UserErrorData[];
}
export type ErrorBehaviour = 'rollback' | 'proceed';

/** Refusals found while applying a batch: event index → reasons. */
class Refused extends Error {
  constructor(public readonly refusals: Map<number, UserErrorData[]>) {
    super('refused');
  }
}

interface Applied {
  custody: Map<number, string[]>;
  lotIds: string[];
  newLotIds: string[];
}

/** Applies the events' plans to the chain in document order; throws Refused naming the events at fault. */
async function applyToChain(
  em: EntityManager,
  viewer: OrganizationViewer,
  records: EventRecord[],
  dir: Directory,
  key: string,
): Promise<Applied> {
  const applied: Applied = { custody: new Map(), lotIds: [], newLotIds: [] };
  const refusals = new Map<number, UserErrorData[]>();
  let pending: { plan: Extract<ChainPlan, { kind: 'custody' }>; record: EventRecord }[] = [];
  let calls = 0;

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    await attachShipments(em, viewer, batch, dir);
    const live = batch.filter((b) => {
      const plan = b.plan as ChainPlan;
      if (plan.kind === 'refused') refusals.set(b.record.index, plan.errors);
      return plan.kind === 'custody';
    });
    for (let start = 0; start < live.length;) {
      const rows: { index: number }[] = [];
      const events: CustodyEventInput[] = [];
      while (start < live.length && events.length + live[start].plan.events.length <= MAX_EVENTS) {
        for (const ev of live[start].plan.events) {
          rows.push({ index: live[start].record.index });
          events.push(ev);
        }
        start++;
      }
      try {
        const result = await recordCustodyEvents(em, viewer, { idempotencyKey: `${key}-${++calls}`, events });
        result.events.forEach((ev, i) =>
          applied.custody.set(rows[i].index, [...(applied.custody.get(rows[i].index) ?? []), ev.id]),
        );
        applied.lotIds.push(...result.events.map((ev) => ev.lot.id));
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        for (const [index, errs] of refusalsOf(err, (row) => rows[row]?.index ?? -1)) refusals.set(index, errs);
        throw new Refused(refusals);
      }
    }
    if (refusals.size) throw new Refused(refusals);
  };

  for (const record of records) {
    const plan = planOf(record, dir, viewer);
    if (plan.kind === 'stored') continue;
    if (plan.kind === 'refused') {
      refusals.set(record.index, plan.errors);
      continue;
    }
    if (plan.kind === 'custody') {
      pending.push({ plan, record });
      continue;
    }
    await flush();
    try {
      const lot =
        plan.kind === 'lot'
          ? await registerLot(em, viewer, await em.findOneOrFail(Product, plan.productId), {
              lotNumber: plan.lotNumber,
              producedOn: plan.producedOn,
              expiresOn: plan.expiresOn,
              quantity: plan.quantity,
              unit: plan.unit,
              location: plan.location,
              inputs: plan.inputs.length ? plan.inputs : null,
            })
          : await recordInputs(em, viewer, await em.findOneOrFail(Lot, plan.lotId), plan.inputs);
      const ids = await txQuery<{ id: string }>(
        em,
        `select e.id from custody_event e where ((e.lot_id = ? and e.type = 'PRODUCED') or e.output_lot_id = ?)
            and not exists (select 1 from epcis_custody_link k where k.custody_event_id = e.id)`,
        [lot.id, lot.id],
      );
      applied.custody.set(
        record.index,
        ids.map((r) => r.id),
      );
      applied.lotIds.push(lot.id);
      applied.newLotIds.push(lot.id);
      const p = await em.findOneOrFail(Product, lot.product.id);
      dir.lots.set(`${p.gtin}|${lot.lotNumber}`, {
        id: lot.id,
        lot_number: lot.lotNumber,
        unit: lot.unit,
        gtin: p.gtin,
      });
    } catch (err) {
      if (err instanceof InputError) refusals.set(record.index, err.errors);
      else if (err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN')
        refusals.set(record.index, [userError('FORBIDDEN', err.message, null)]);
      else throw err;
      throw new Refused(refusals);
    }
  }
  await flush();
  if (refusals.size) throw new Refused(refusals);
  return applied;
}

/** Stores the records (none of them captured before) after applying them to the chain; all or nothing. */
async function captureBatch(
  em: EntityManager,
  viewer: OrganizationViewer,
  records: EventRecord[],
  captureId: string,
  key: string,
): Promise<{ stored: StoredEvent[]; applied: Applied }> {
  const dir = await loadDirectory(em, records);
  const applied = await applyToChain(em, viewer, records, dir, key);
  // The chain's partners on what an event recorded (a receipt's shipper) may read it, as they read the custody event.
  const recorded = [...applied.custody.values()].flat();
  const partners = new Map(
    (recorded.length
      ? await txQuery<{ id: string; counterparty_id: string | null }>(
          em,
          'select id, counterparty_id from custody_event where id = any(?::uuid[])',
          [uuidArray(recorded)],
        )
      : []
    ).map((r) => [r.id, r.counterparty_id]),
  );
  const stored = records.map((record): StoredEvent => ({
    record,
    recordedBy: viewer.organizationId,
    visibleTo: [
      ...new Set([
        viewer.organizationId,
        ...organizationsNamed(record.body, dir),
        ...(applied.custody.get(record.index) ?? []).map((id) => partners.get(id)).filter((o): o is string => !!o),
      ]),
    ],
    chain: applied.custody.has(record.index) ? 'RECORDED' : 'STORED',
    custodyEventIds: applied.custody.get(record.index) ?? [],
  }));
  await insertEvents(em, stored, captureId, new Date());
  return { stored, applied };
}

export interface CaptureResult {
  outcomes: EventOutcome[];
  success: boolean;
}

/**
 * Captures a document's events (already validated) for `viewer`. Events whose ID the store or the document
 * already holds are duplicates. Returns each event's outcome.
 */
export async function captureEvents(
  orm: MikroORM,
  services: Services,
  viewer: OrganizationViewer,
  document: Record<string, unknown>,
  behaviour: ErrorBehaviour,
  captureId: string,
): Promise<CaptureResult> {
  const context = document['@context'];
  const all = eventsOfDocument(document).map((e, i) => eventRecord(e as Record<string, unknown>, i, context));
  const outcomes = new Map<number, EventOutcome>();
  const seen = new Set<string>();
  const existing = await orm.em.fork().transactional((em) =>
    existingEventIds(
      em,
      all.map((r) => r.eventId),
    ),
  );
  const fresh = all.filter((r) => {
    const dup = existing.has(r.eventId) || seen.has(r.eventId);
    seen.add(r.eventId);
    if (dup) outcomes.set(r.index, { index: r.index, eventID: r.eventId, outcome: 'DUPLICATE' });
    return !dup;
  });

  const done = async (batch: { stored: StoredEvent[]; applied: Applied }) => {
    for (const s of batch.stored)
      outcomes.set(s.record.index, { index: s.record.index, eventID: s.record.eventId, outcome: s.chain });
    if (batch.stored.length) await services.bus.publish(EPCIS_EVENTS_RECORDED, { count: batch.stored.length });
    if (batch.applied.lotIds.length) {
      const ctx = createContext(orm.em.fork(), viewer, services, { ip: '', baseUrl: '' });
      await pagesChanged.lots(ctx, batch.applied.lotIds, batch.applied.newLotIds.length > 0);
    }
  };
  const refusedAll = (r: Refused, records: EventRecord[], otherwise: Outcome) => {
    for (const rec of records) {
      const errs = r.refusals.get(rec.index) ?? (records.length === 1 ? r.refusals.get(-1) : undefined);
      outcomes.set(rec.index, {
        index: rec.index,
        eventID: rec.eventId,
        outcome: errs ? 'REFUSED' : otherwise,
        ...(errs ? { errors: errs } : {}),
      });
    }
  };

  try {
    await done(
      await orm.em.fork().transactional((em) => captureBatch(em, viewer, fresh, captureId, `epcis-${captureId}`)),
    );
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    if (behaviour === 'rollback') refusedAll(err, fresh, 'NOT_STORED');
    else {
      // proceed: each event on its own, so that the sound ones are kept.
      for (const record of fresh) {
        try {
          await done(
            await orm.em
              .fork()
              .transactional((em) =>
                captureBatch(em, viewer, [record], captureId, `epcis-${captureId}-${record.index}`),
              ),
          );
        } catch (e) {
          if (!(e instanceof Refused)) throw e;
          refusedAll(e, [record], 'REFUSED');
        }
      }
    }
  }
  const list = all.map((r) => outcomes.get(r.index)!);
  return { outcomes: list, success: !list.some((o) => o.outcome === 'REFUSED' || o.outcome === 'NOT_STORED') };
}

/**
 * Jobs a stopped or crashed server left running an hour ago are closed as failed. A rollback job stored
 * nothing; a proceed job may have stored some events: capturing the document again records the rest (the
 * others are duplicates).
 */
export async function closeAbandonedJobs(em: EntityManager): Promise<number> {
  const rows = await em.execute(
    `update epcis_capture set running = false, success = false, finished_at = now(), errors = ?::jsonb
      where running and created_at < now() - interval '1 hour' returning id`,
    [
      JSON.stringify([
        {
          type: 'epcisException:ImplementationException',
          title: 'The capture was interrupted',
          status: 500,
          detail:
            'The server stopped during this capture. Capture the document again: ' +
            'events stored already are recorded once.',
        },
      ]),
    ],
  );
  return rows.length;
}

/** A new capture job, running. */
export async function createCaptureJob(
  em: EntityManager,
  organizationId: string,
  behaviour: ErrorBehaviour,
  eventCount: number,
): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into epcis_capture (id, organization_id, created_at, running, error_behaviour, event_count) values (?,
       ?, now(), true, ?, ?)`,
    [id, organizationId, behaviour, eventCount],
  );
  return id;
}

/** Records a job's end: its counts, per-event outcomes and the problems of refused events. */
export async function finishCaptureJob(
  em: EntityManager,
  id: string,
  result: CaptureResult | { failure: string },
): Promise<void> {
  if ('failure' in result) {
    await em.execute(
      `update epcis_capture set running = false, success = false, finished_at = now(), errors = ?::jsonb where id = ?`,
      [
        JSON.stringify([
          {
            type: 'epcisException:ImplementationException',
            title: 'The capture could not be completed',
            status: 500,
            detail: result.failure,
          },
        ]),
        id,
      ],
    );
    return;
  }
  const count = (o: Outcome) => result.outcomes.filter((x) => x.outcome === o).length;
  const errors = result.outcomes
    .filter((o) => o.errors)
    .map((o) => ({
      type: 'epcisException:ValidationException',
      title: 'The event breaks a rule of the chain',
      status: 400,
      detail: o.errors!.map((e) => `${e.code}: ${e.message}`).join(' '),
      eventIndex: o.index,
      eventID: o.eventID,
      codes: o.errors!.map((e) => e.code),
    }));
  await em.execute(
    `update epcis_capture set running = false, success = ?, finished_at = now(), accepted = ?, stored_only = ?,
       refused = ?, duplicates = ?,
            outcomes = ?::jsonb, errors = ?::jsonb where id = ?`,
    [
      result.success,
      count('RECORDED') + count('STORED'),
      count('STORED'),
      count('REFUSED'),
      count('DUPLICATE'),
      JSON.stringify(result.outcomes),
      JSON.stringify(errors),
      id,
    ],
  );
}

/**
 * The capture interface of the EPCIS 2.0 REST binding: `POST /epcis/capture` (a document, answered 202
 * with the job's address), `GET /epcis/capture[/{id}]` (jobs), `POST /epcis/events` (one event, 201).
 * A document is validated whole before anything is stored: GS1's schema, then the values' meaning; an
 * invalid one is a 400 naming each problem and its event's index.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../app/context';
import { ApiKeyScope } from '../organization/organization.enums';
import type { OrganizationViewer } from '../access/viewer';
import { authenticateEpcis } from './epcis.auth';
import {
  captureEvents,
  createCaptureJob,
  finishCaptureJob,
  type CaptureResult,
  type ErrorBehaviour,
} from './epcis.capture';
import { eventsOfDocument } from './epcis.events';
import { EpcisProblem } from './epcis.problem';
import { schemaProblems, type SchemaProblem } from './epcis.schema';
import { semanticProblems } from './epcis.semantics';

export const CAPTURE_LIMIT = 10_000;
export const CAPTURE_FILE_SIZE_LIMIT = 32 * 1024 * 1024;
const STANDARD_CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';

/** Problems of a document: GS1's schema first; the values' meaning once the shape is right. */
export function documentProblems(document: unknown): SchemaProblem[] {
  const shape = schemaProblems(document);
  if (shape.length) return shape;
  const events = eventsOfDocument(document);
  return events.flatMap((e, i) => semanticProblems(e as Record<string, unknown>, i)).slice(0, 50);
}

function invalid(problems: SchemaProblem[]): EpcisProblem {
  const detail = problems
    .slice(0, 3)
    .map((p) => (p.eventIndex === null ? p.message : `event ${p.eventIndex}: ${p.message}`))
    .join('; ');
  return new EpcisProblem(
    400,
    'ValidationException',
    `${detail}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}. Nothing was stored.`,
    { errors: problems },
  );
}

/** A writer among the callers: an organization's key that may write (or, later, a console session). */
export async function writer(request: FastifyRequest, orm: MikroORM): Promise<OrganizationViewer> {
  const v = await authenticateEpcis(request, orm.em.fork());
  if (v.kind !== 'organization')
    throw new EpcisProblem(401, 'SecurityException', 'Capture needs an API key: send "Authorization: Bearer <key>".');
  if (v.scope === ApiKeyScope.READ) throw new EpcisProblem(403, 'SecurityException', 'This API key is read-only.');
  return v;
}

export function versionHeaders(reply: FastifyReply): void {
  reply
    .header('GS1-EPCIS-Version', '2.0.0')
    .header('GS1-CBV-Version', '2.0.0')
    .header('GS1-EPCIS-Min', '2.0.0')
    .header('GS1-EPCIS-Max', '2.0.0')
    .header('GS1-CBV-Min', '2.0.0')
    .header('GS1-CBV-Max', '2.0.0')
    .header('GS1-Extensions', '');
}

/** A client asking for another EPCIS or CBV version than 2.0 gets a 406. */
export function checkVersions(request: FastifyRequest): void {
  for (const h of ['gs1-epcis-version', 'gs1-cbv-version']) {
    const v = request.headers[h];
    if (typeof v === 'string' && v.trim() && !/^2\.0(\.\d+)?$/.test(v.trim())) {
      throw new EpcisProblem(406, 'NotAcceptableException', `This server speaks EPCIS and CBV 2.0, not ${h} ${v}.`);
    }
  }
}

function limits(reply: FastifyReply): FastifyReply {
  return reply
    .header('GS1-EPCIS-Capture-Limit', String(CAPTURE_LIMIT))
    .header('GS1-EPCIS-Capture-File-Size-Limit', String(CAPTURE_FILE_SIZE_LIMIT));
}

function behaviourOf(request: FastifyRequest): ErrorBehaviour {
  const h = request.headers['gs1-capture-error-behaviour'];
  const v = (typeof h === 'string' ? h : 'rollback').trim().toLowerCase();
  if (v !== 'rollback' && v !== 'proceed') {
    throw new EpcisProblem(
      400,
      'ValidationException',
      `GS1-Capture-Error-Behaviour is rollback (all or nothing) or proceed, not "${v}"; "all" is not offered.`,
    );
  }
  return v;
}

interface JobRow {
  id: string;
  organization_id: string;
  created_at: Date;
  finished_at: Date | null;
  running: boolean;
  success: boolean | null;
  error_behaviour: ErrorBehaviour;
  event_count: number;
  accepted: number;
  stored_only: number;
  refused: number;
  duplicates: number;
  outcomes: unknown;
  errors: unknown;
}

function jobBody(j: JobRow) {
  return {
    captureID: j.id,
    createdAt: new Date(j.created_at).toISOString(),
    finishedAt: j.finished_at ? new Date(j.finished_at).toISOString() : undefined,
    running: j.running,
    success: j.running ? undefined : j.success,
    captureErrorBehaviour: j.error_behaviour,
    errors: j.errors,
    eventCount: j.event_count,
    accepted: j.accepted,
    storedOnly: j.stored_only,
    refused: j.refused,
    duplicates: j.duplicates,
    events: j.outcomes,
  };
}

export function registerCaptureRoutes(app: FastifyInstance, orm: MikroORM, services: Services): void {
  /** Jobs still running when the server stops finish before it closes. */
  const running = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...running]);
  });

  app.options('/epcis/capture', async (request, reply) => {
    versionHeaders(limits(reply));
    return reply
      .header('allow', 'OPTIONS, GET, POST')
      .header('GS1-Capture-Error-Behaviour', 'rollback, proceed')
      .code(204)
      .send();
  });

  app.post('/epcis/capture', { bodyLimit: CAPTURE_FILE_SIZE_LIMIT }, async (request, reply) => {
    checkVersions(request);
    const viewer = await writer(request, orm);
    const behaviour = behaviourOf(request);
    const document = request.body as Record<string, unknown>;
    const count = eventsOfDocument(document).length;
    if (count > CAPTURE_LIMIT)
      throw new EpcisProblem(
        413,
        'CaptureLimitExceededException',
        `A capture holds at most ${CAPTURE_LIMIT} events; this one has ${count}.`,
      );
    const problems = documentProblems(document);
    if (problems.length) throw invalid(problems);
    const id = await createCaptureJob(orm.em.fork(), viewer.organizationId, behaviour, count);
    const job = captureEvents(orm, services, viewer, document, behaviour, id)
      .then((result: CaptureResult) => finishCaptureJob(orm.em.fork(), id, result))
      .catch(async (err: unknown) => {
        request.log.error({ err, captureId: id }, 'EPCIS capture job failed');
        await finishCaptureJob(orm.em.fork(), id, {
          failure: 'The capture failed on the server; nothing of it was stored. It has been logged.',
        }).catch(() => undefined);
      })
      .finally(() => running.delete(job));
    running.add(job);
    versionHeaders(limits(reply));
    return reply.code(202).header('location', `/epcis/capture/${id}`).send();
  });

  app.get('/epcis/capture', async (request, reply) => {
    const viewer = await writer(request, orm);
    const rows = await orm.em
      .fork()
      .execute<JobRow[]>(`select * from epcis_capture where organization_id = ? order by created_at desc limit 100`, [
        viewer.organizationId,
      ]);
    versionHeaders(limits(reply));
    return rows.map(jobBody);
  });

  app.get<{ Params: { id: string } }>('/epcis/capture/:id', async (request, reply) => {
    const viewer = await writer(request, orm);
    const id = /^[0-9a-f-]{36}$/.test(request.params.id) ? request.params.id : null;
    const [row] = id ? await orm.em.fork().execute<JobRow[]>('select * from epcis_capture where id = ?', [id]) : [];
    // Another organization's job is as unknown as a missing one.
    if (!row || row.organization_id !== viewer.organizationId)
      throw new EpcisProblem(404, 'NoSuchResourceException', 'No capture job of yours has this ID.');
    versionHeaders(reply);
    return jobBody(row);
  });

  app.post('/epcis/events', { bodyLimit: 1024 * 1024 }, async (request, reply) => {
    checkVersions(request);
    const viewer = await writer(request, orm);
    const event = request.body as Record<string, unknown>;
    if (!event || typeof event !== 'object' || Array.isArray(event))
      throw new EpcisProblem(400, 'ValidationException', 'Send one EPCIS event as a JSON object.');
    const { '@context': context, ...rest } = event;
    const document = {
      '@context': context ?? [STANDARD_CONTEXT],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: new Date().toISOString(),
      epcisBody: { eventList: [rest] },
    };
    const problems = documentProblems(document);
    if (problems.length) throw invalid(problems);
    const id = await createCaptureJob(orm.em.fork(), viewer.organizationId, 'rollback', 1);
    const result = await captureEvents(orm, services, viewer, document, 'rollback', id);
    await finishCaptureJob(orm.em.fork(), id, result);
    const [outcome] = result.outcomes;
    versionHeaders(reply);
    if (outcome.outcome === 'REFUSED' || outcome.outcome === 'NOT_STORED') {
      throw new EpcisProblem(
        400,
        'ValidationException',
        `${(outcome.errors ?? []).map((e) => `${e.code}: ${e.message}`).join(' ')} Nothing was stored.`,
        {
          errors: outcome.errors,
          eventID: outcome.eventID,
        },
      );
    }
    reply.header('location', `/epcis/events/${encodeURIComponent(outcome.eventID)}`);
    // A duplicate was recorded once, before: the same answer as the first time, 200 instead of 201.
    return reply
      .code(outcome.outcome === 'DUPLICATE' ? 200 : 201)
      .send({ eventID: outcome.eventID, outcome: outcome.outcome, captureID: id });
  });
}

/**
 * The query interface of the EPCIS 2.0 REST binding: `GET /epcis/events` with the standard query parameters,
 * answering an EPCISQueryDocument a page at a time (`perPage`, `nextPageToken`, `Link: <…>; rel="next"`),
 * and the resource views over it: `/epcis/events/{eventID}`, `/epcis/epcs/{epc}/events`,
 * `/epcis/bizSteps/{bizStep}/events`, `/epcis/bizLocations/{bizLocation}/events`, `/epcis/eventTypes/{type}/events`.
 */
import { createHash } from 'node:crypto';
import type { ReadRouter } from '../../db/replicas';
import { readAfterOf } from '../../app/read-routing';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateEpcis } from './epcis.auth';
import { checkVersions, versionHeaders } from './epcis.capture.routes';
import { EpcisProblem } from './epcis.problem';
import { queryEvents, type Cursor } from './epcis.query';
import { parseEventQuery, queryFingerprint } from './epcis.query.params';

export const STANDARD_CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';

/** An EPCISQueryDocument of events. */
export function queryDocument(
  events: Record<string, unknown>[],
  queryName = 'SimpleEventQuery',
  subscriptionID?: string,
) {
  return {
    '@context': [STANDARD_CONTEXT],
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate: new Date().toISOString(),
    epcisBody: {
      queryResults: { queryName, ...(subscriptionID ? { subscriptionID } : {}), resultsBody: { eventList: events } },
    },
  };
}

interface Token {
  c: Cursor;
  r: number | null;
  f: string;
}
const fingerprintOf = (params: Record<string, unknown>) =>
  createHash('sha256').update(queryFingerprint(params)).digest('base64url').slice(0, 16);

function decodeToken(raw: string, fingerprint: string): Token {
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Token;
    if (t.f === fingerprint && typeof t.c?.t === 'string' && (t.c.s === 0 || t.c.s === 1) && typeof t.c.k === 'string')
      return t;
  } catch {
    // falls through to the refusal
  }
  throw new EpcisProblem(
    400,
    'QueryParameterException',
    'nextPageToken: not a token of this query (repeat the query parameters of the page it came with).',
  );
}

/**
 * Answers one page of an event query, with the next page's link; `fixed` parameters come from the path or a named
 * query.
 */
export async function answerQuery(
  reads: ReadRouter,
  request: FastifyRequest,
  reply: FastifyReply,
  params: Record<string, string | string[] | undefined>,
  fixed: Record<string, string> = {},
  queryName = 'SimpleEventQuery',
) {
  checkVersions(request);
  const all = { ...params, ...fixed };
  const q = parseEventQuery(all);
  const viewer = await authenticateEpcis(request, reads.primary.em.fork());
  const fingerprint = fingerprintOf(all);
  const token = typeof params.nextPageToken === 'string' ? decodeToken(params.nextPageToken, fingerprint) : null;
  const remaining = token ? token.r : q.eventCountLimit;
  const limit = Math.min(q.perPage, remaining ?? Infinity);
  // Event queries may be a moment old: a replica answers them (see ReadRouter), unless Read-After asks for more.
  const after = readAfterOf(request.headers);
  const page =
    limit > 0
      ? await reads.read(after, (em) => queryEvents(em, viewer, q, token?.c ?? null, limit))
      : { rows: [], more: false };
  const left = remaining === null ? null : remaining - page.rows.length;
  versionHeaders(reply);
  if (page.more && page.rows.length && left !== 0) {
    const next: Token = { c: page.rows[page.rows.length - 1].cursor, r: left, f: fingerprint };
    const url = new URL(request.url, 'http://x');
    url.searchParams.set('nextPageToken', Buffer.from(JSON.stringify(next)).toString('base64url'));
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return reply.type('application/ld+json').send(
    queryDocument(
      page.rows.map((r) => r.event),
      queryName,
    ),
  );
}

type Params = Record<string, string>;
type Query = Record<string, string | string[] | undefined>;

export function registerQueryRoutes(app: FastifyInstance, reads: ReadRouter): void {
  app.get<{ Querystring: Query }>('/epcis/events', (request, reply) =>
    answerQuery(reads, request, reply, request.query),
  );

  app.get<{ Params: Params; Querystring: Query }>('/epcis/events/:eventID', async (request, reply) => {
    checkVersions(request);
    const viewer = await authenticateEpcis(request, reads.primary.em.fork());
    const q = parseEventQuery({ EQ_eventID: request.params.eventID });
    const page = await reads.read(readAfterOf(request.headers), (em) => queryEvents(em, viewer, q, null, 1));
    if (page.rows.length === 0)
      throw new EpcisProblem(404, 'NoSuchResourceException', 'No event you may see has this event ID.');
    versionHeaders(reply);
    return reply.type('application/ld+json').send({ '@context': [STANDARD_CONTEXT], ...page.rows[0].event });
  });

  app.get<{ Params: Params; Querystring: Query }>('/epcis/epcs/:epc/events', (request, reply) =>
    answerQuery(reads, request, reply, request.query, { MATCH_anyEPC: request.params.epc }),
  );
  app.get<{ Params: Params; Querystring: Query }>('/epcis/bizSteps/:bizStep/events', (request, reply) =>
    answerQuery(reads, request, reply, request.query, { EQ_bizStep: request.params.bizStep }),
  );
  app.get<{ Params: Params; Querystring: Query }>('/epcis/bizLocations/:bizLocation/events', (request, reply) =>
    answerQuery(reads, request, reply, request.query, { EQ_bizLocation: request.params.bizLocation }),
  );
  app.get<{ Params: Params; Querystring: Query }>('/epcis/eventTypes/:eventType/events', (request, reply) =>
    answerQuery(reads, request, reply, request.query, { eventType: request.params.eventType }),
  );
}

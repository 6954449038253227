import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ReadRouter } from '../../db/replicas';
import { readAfterOf } from '../../app/read-routing';
import { stringify } from 'csv-stringify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import QueryStream from 'pg-query-stream';
import { pipeline } from 'node:stream/promises';
import { Socket } from 'node:net';
import { decodeIdOf } from '../../common/global-id';
import { canSeeRecallDetails, maySeeScope } from '../access/visibility';
import { actorKey, type OrganizationViewer } from '../access/viewer';
import { authenticate } from '../api-key/api-key.service';
import { Recall } from '../recall/recall.entity';
import { RecallStatus, ScopeRootKind } from '../recall/recall.enums';
import { rootOf } from '../recall/recall.service';
import { resolveRoot } from './scope.service';
import type { HolderFilter, ScopeSource } from './scope.sql';
import { holderFilterOf } from './scope.filters';
import type { PartyType } from '../recall/recall.enums';
import { columnsOf, formatRow, spreadsheetSql, type SpreadsheetView } from './scope.spreadsheet';
import { pickLang } from '../scan/scan.i18n';
import type { ScopeRootInput } from './scope.types';
import { LIMITS, type RateLimiter } from '../../app/rate-limit';

type Query = Record<string, string | string[] | undefined>;
const one = (q: Query, k: string) => (Array.isArray(q[k]) ? (q[k] as string[])[0] : (q[k] as string | undefined));

/** The root as query-string parameters: `lot` (repeatable), or `product` + `from` + `to`, or `declaration` (+ `indicator`), or `producer`. */
function rootFromQuery(q: Query): ScopeRootInput | null {
  const lots = q.lot === undefined ? [] : Array.isArray(q.lot) ? q.lot : [q.lot];
  if (lots.length) return { kind: ScopeRootKind.LOTS, lots };
  if (one(q, 'product'))
    return {
      kind: ScopeRootKind.PRODUCT_RANGE,
      product: one(q, 'product'),
      producedFrom: one(q, 'from'),
      producedTo: one(q, 'to'),
    };
  if (one(q, 'declaration'))
    return {
      kind: ScopeRootKind.DECLARATION,
      declaration: one(q, 'declaration'),
      indicatorKey: one(q, 'indicator') ?? null,
    };
  if (one(q, 'producer')) return { kind: ScopeRootKind.PRODUCER, producer: one(q, 'producer') };
  return null;
}

/** How long a stopping server lets downloads in flight finish. */
const EXPORT_DRAIN_MS = 10_000;
/** How long a download may make no progress (the client reads nothing) before it is cut off. */
const STALLED_READER_MS = 60_000;

/**
 * Open downloads' sockets by the HTTP server they came through, so that a stopping server cuts off its own
 * stalled ones (several servers may run in one process: tests, or API and console on one machine).
 */
const downloads = new WeakMap<object, Set<Socket>>();

/**
 * `GET /exports/scope.csv`: the scope as an electronic sortable spreadsheet (FSMA 204), streamed from
 * a database cursor through a CSV encoder, so a million rows never sit in memory. UTF-8 with a BOM so
 * that spreadsheet software reads Chinese; RFC 4180 quoting. Either `recall=<id>` (its frozen scope,
 * stock and events up to now) or a root (see `rootFromQuery`) with an optional `asOf`. `view=holders`
 * (the default) lists who holds how much of which lot where, `view=events` the event log; headers in
 * Chinese, or English by `lang=en` or Accept-Language (see `scope.spreadsheet.ts`). The holders view
 * takes the scope explorer's filters: `city` (4-digit prefecture code), `party`, `product` (an ID).
 */
export function registerExportRoutes(
  app: FastifyInstance,
  orm: MikroORM,
  limiter: RateLimiter,
  reads: ReadRouter,
): void {
  // A download in flight may finish when the server stops, but a client that stopped reading must not
  // hold its database connection, or the shutdown, for ever.
  // preClose: the server then stops accepting connections at once and waits for open ones, these included.
  app.addHook('preClose', async () => {
    const open = downloads.get(app.server);
    if (!open) return;
    setTimeout(() => {
      for (const s of open) s.destroy();
    }, EXPORT_DRAIN_MS).unref();
  });
  app.get('/exports/scope.csv', async (request, reply) => {
    let viewer;
    try {
      viewer = await authenticate(orm.em.fork(), request.headers.authorization);
    } catch (err) {
      if (err instanceof GraphQLError) return reply.code(401).send({ error: 'unauthenticated', reason: err.message });
      throw err;
    }
    if (viewer.kind !== 'organization')
      return reply.code(401).send({ error: 'unauthenticated', reason: 'Send "Authorization: Bearer <key>".' });
    let after: bigint | null;
    try {
      after = readAfterOf(request.headers);
    } catch (err) {
      return reply.code(400).send({ error: 'bad_request', reason: (err as Error).message });
    }
    // A spreadsheet may be a moment old: it is read on a replica when there is one in bounds (ReadRouter).
    return sendScopeSpreadsheet(reads.pick(after).em, limiter, viewer, request, reply);
  });
}

/**
 * Answers a scope spreadsheet request for an authenticated organization: the API route above, and the
 * console's download for a signed-in person (their organization's viewer, the same rules).
 */
export async function sendScopeSpreadsheet(
  em: EntityManager,
  limiter: RateLimiter,
  viewer: OrganizationViewer,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const q = request.query as Query;
  const verdict = await limiter.hit(LIMITS.export, actorKey(viewer));
  if (!verdict.allowed) {
    return reply
      .code(429)
      .header('retry-after', String(verdict.retryAfterSeconds))
      .send({
        error: 'rate_limited',
        reason: `At most ${LIMITS.export.limit} exports a minute per key; try again in ${verdict.retryAfterSeconds} s.`,
      });
  }

  const view = (one(q, 'view') ?? 'holders') as SpreadsheetView;
  if (view !== 'holders' && view !== 'events') {
    return reply.code(400).send({ error: 'bad_request', reason: 'view is holders (the default) or events.' });
  }
  let filter: HolderFilter;
  try {
    filter = holderFilterOf({
      city: one(q, 'city') || null,
      party: (one(q, 'party') || null) as PartyType | null,
      product: one(q, 'product') || null,
    });
  } catch (err) {
    return reply.code(400).send({ error: 'bad_request', reason: (err as Error).message });
  }
  const lang = pickLang(one(q, 'lang'), request.headers['accept-language']);
  let source: ScopeSource;
  let name: string;
  if (one(q, 'recall')) {
    const d = decodeIdOf('Recall', one(q, 'recall')!);
    const recall = 'id' in d ? await em.findOne(Recall, { id: d.id }) : null;
    if (!recall) return reply.code(404).send({ error: 'not_found', reason: 'No recall has this ID.' });
    if (!canSeeRecallDetails(viewer, { initiatorId: recall.initiator.id }))
      return reply
        .code(403)
        .send({ error: 'forbidden', reason: 'Only the initiator and regulators export a recall scope.' });
    source =
      recall.status === RecallStatus.DRAFT ? { live: rootOf(recall), asOf: new Date() } : { recallId: recall.id };
    name = recall.number;
  } else {
    const input = rootFromQuery(q);
    if (!input)
      return reply.code(400).send({
        error: 'bad_request',
        reason:
          'Give recall=<id>, lot=<id> (repeatable), product=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD, declaration=<id>[&indicator=KEY] or producer=<id>.',
      });
    const resolved = await resolveRoot(em, input, ['query']);
    if (Array.isArray(resolved))
      return reply
        .code(resolved.some((e) => e.code === 'NOT_FOUND') ? 404 : 400)
        .send({ error: resolved[0].code, reason: resolved.map((e) => e.message).join(' ') });
    if (!maySeeScope(viewer, resolved.ownerIds))
      return reply.code(403).send({
        error: 'forbidden',
        reason: 'Only regulators, and producers for their own lots and products, export a recall scope.',
      });
    const asOfRaw = one(q, 'asOf');
    const asOf = asOfRaw ? new Date(asOfRaw) : new Date();
    if (Number.isNaN(asOf.getTime()))
      return reply.code(400).send({ error: 'bad_request', reason: 'asOf must be an ISO 8601 date-time.' });
    source = { live: resolved.root, asOf };
    name = `scope-${asOf.toISOString().slice(0, 10)}`;
  }

  const knex = em.getKnex();
  const conn = await knex.client.acquireConnection();
  const { text, values } = spreadsheetSql(view, source, view === 'holders' ? filter : {});
  const rows = conn.query(new QueryStream(text, values, { batchSize: 1000 })) as NodeJS.ReadableStream;
  const csv = stringify({ header: true, bom: true, columns: columnsOf(view, lang, 'recallId' in source) });
  reply.raw.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}${view === 'events' ? '-events' : ''}.csv"`,
    'content-language': lang === 'zh' ? 'zh-CN' : 'en',
    'cache-control': 'no-store',
  });
  reply.hijack();
  // Tracked until the connection closes: the client may not have read all the answer when it is sent.
  // (An injected request, in tests, has no socket of the network to track.)
  const socket = request.raw.socket;
  if (socket instanceof Socket) {
    let open = downloads.get(request.server.server);
    if (!open) downloads.set(request.server.server, (open = new Set()));
    if (!open.has(socket)) {
      open.add(socket);
      socket.once('close', () => open.delete(socket));
    }
  }
  // A stalled reader is cut off: it would hold a connection of the pool.
  reply.raw.setTimeout(STALLED_READER_MS, () => reply.raw.destroy());
  const formatted = async function* (source: AsyncIterable<Record<string, unknown>>) {
    for await (const r of source) yield formatRow(r, lang);
  };
  try {
    await pipeline(rows as AsyncIterable<Record<string, unknown>>, formatted, csv, reply.raw);
  } catch (err) {
    request.log.error({ err }, 'scope export failed');
    reply.raw.destroy();
  } finally {
    await knex.client.releaseConnection(conn);
  }
  return reply;
}

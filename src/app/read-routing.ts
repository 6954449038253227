import type { ApolloServer, ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { Readable } from 'node:stream';
import { parseLsn, type ReadRouter } from '../db/replicas';
import type { Context } from './context';
import { createLoaders } from './loaders';

/**
 * Which database a GraphQL request reads: a query may be a moment old and goes to a replica (see
 * `ReadRouter`); a mutation runs on the primary and its answer carries the commit position
 * (`Commit-Position`), which a later request names (`Read-After`) to read its own writes.
 */

export const COMMIT_POSITION_HEADER = 'commit-position';
export const READ_AFTER_HEADER = 'read-after';

/** The position a request must find replayed (`Read-After: 0/3000148`), null without one; a malformed one is refused. */
export function readAfterOf(headers: Record<string, string | string[] | undefined>): bigint | null {
  const raw = headers[READ_AFTER_HEADER];
  if (raw === undefined || raw === '') return null;
  const lsn = typeof raw === 'string' ? parseLsn(raw) : null;
  if (lsn === null) throw new ReadAfterError();
  return lsn;
}

export class ReadAfterError extends GraphQLError {
  constructor() {
    super('Read-After must be a commit position as a write answered it in Commit-Position, such as 0/3000148.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/** The same request on the primary: for reads that must be fresh (an `asOf` of the last seconds). */
export function onPrimary(ctx: Context): Context {
  if (ctx.readsFrom === 'primary') return ctx;
  return { ...ctx, em: ctx.primaryEm, loaders: createLoaders(ctx.primaryEm), readsFrom: 'primary' };
}

/** Whether a moment is recent enough that a replica in bounds might not have replayed what happened before it. */
export function isRecent(reads: ReadRouter, at: Date): boolean {
  return reads.hasReplicas && Date.now() - at.getTime() <= reads.maxLagMs;
}

/**
 * The replica each HTTP request's operation was moved to, keyed by the request Apollo was given. Apollo
 * runs an operation on a shallow copy of the context, so what the plugin sets on it is not seen by
 * `registerGraphqlRoute`, which holds the original: it looks here instead.
 */
const replicaOfRequest = new WeakMap<HTTPGraphQLRequest, string>();

/**
 * Moves a query to a replica once its operation is known, and gives a mutation's answer its commit
 * position. Without replicas it does nothing (and costs no statement).
 */
export function readRouting(reads: ReadRouter): ApolloServerPlugin<Context> {
  if (!reads.hasReplicas) return {};
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx, request }) {
          if (operation?.operation !== 'query' || ctx.readsFrom !== 'primary' || ctx.retried) return;
          const target = reads.pick(ctx.readAfter);
          if (target.name === 'primary') return;
          ctx.em = target.em;
          ctx.loaders = createLoaders(target.em);
          ctx.readsFrom = target.name;
          if (request.http) replicaOfRequest.set(request.http, target.name);
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation') return;
          // Taken after the commit: at or past it, so a read after it sees this write.
          const position = await reads.commitPosition().catch(() => null);
          if (position) response.http.headers.set(COMMIT_POSITION_HEADER, position);
        },
      };
    },
  };
}

function graphqlRequestOf(request: FastifyRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(request.headers)) if (v) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  return {
    body: request.body,
    method: request.method.toUpperCase(),
    headers,
    search: new URL(request.url, 'http://x/').search,
  };
}

/**
 * `/graphql` (GET, POST, OPTIONS), as `@as-integrations/fastify` serves it, with one addition: a query
 * that met an unreachable replica (a 503 from a replica) is not failed but run again on the primary, the
 * replica marked down. Only queries run on replicas, and a query has no effects.
 * `context(request, retryOf)` makes the context; on a retry it is given the first one's context, and the
 * retry stays on the primary.
 */
export function registerGraphqlRoute(
  app: FastifyInstance,
  apollo: ApolloServer<Context>,
  reads: ReadRouter,
  context: (request: FastifyRequest, retryOf: Context | null) => Promise<Context>,
): void {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const run = (retryOf: Context | null) => {
      let made: Context | null = null;
      const httpGraphQLRequest = graphqlRequestOf(request);
      return apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: async () => (made = await context(request, retryOf)),
        })
        .then((res) => ({ res, ctx: made as Context | null, replica: replicaOfRequest.get(httpGraphQLRequest) }));
    };
    const first = await run(null);
    let res = first.res;
    if (res.status === 503 && first.ctx && first.replica) {
      reads.markDown(first.replica, new Error('a query found it unreachable'));
      app.log.warn(`replica ${first.replica} failed a query: it runs again on the primary`);
      res = (await run(first.ctx)).res;
    }
    for (const [k, v] of res.headers) void reply.header(k, v);
    void reply.code(res.status ?? 200);
    if (res.body.kind === 'complete') return reply.send(res.body.string);
    return reply.send(Readable.from(res.body.asyncIterator));
  };
  app.route({ method: ['GET', 'POST', 'OPTIONS'], url: '/graphql', handler });
}

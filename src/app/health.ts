import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../db/read-query';

/** How long readiness waits for its read before calling the database unreachable. */
const DB_CHECK_TIMEOUT_MS = 1000;

/**
 * One read the way a scan reads (`readQuery`: a pooled connection, a prepared statement with a bound
 * value), so that a server whose reads fail is not called ready while `select 1` would still pass.
 */
async function databaseAnswers(orm: MikroORM): Promise<true | string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      readQuery<{ ok: number }>(orm.em.fork(), 'select ?::int as ok', [1])
        .then(([row]) => row?.ok === 1 || 'wrong answer'),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('no answer within 1 s'), DB_CHECK_TIMEOUT_MS);
      }),
    ]);
  } catch (err) {
    return (err as Error).message;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * - `/livez`: the process answers (restart it when this fails).
 * - `/readyz` (and `/healthz`): it can serve, i.e. the database answers a read as a scan makes it; 503
 *   with the reason otherwise.
 *   Redis is not needed to serve (caches and limits fall back to the process), so it does not count.
 * While the server shuts down, Fastify answers every new request, these included, with 503.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM): void {
  app.get('/livez', async () => ({ status: 'ok' }));
  const ready = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const answer = await databaseAnswers(orm);
    if (answer === true) return { status: 'ok' };
    app.log.warn(`readiness: the database does not answer reads (${answer})`);
    return reply.code(503).header('retry-after', '1').send({ status: 'unavailable', reason: 'database unavailable' });
  };
  app.get('/readyz', ready);
  app.get('/healthz', ready);
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { readQuery } from '../db/read-query';
import type { DatabaseStatus, ReadRouter } from '../db/replicas';

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
      readQuery<{ ok: number }>(orm.em.fork(), 'select ?::int as ok', [1]).then(
        ([row]) => row?.ok === 1 || 'wrong answer',
      ),
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
 * - `/readyz` (and `/healthz`): it can serve, i.e. the primary answers a read as a scan makes it, or,
 *   with replicas, at least one replica in bounds does (reads go on while the primary is down; writes
 *   then answer 503). The answer lists each database: `ok`, `lagging` (skipped by reads) or `down`,
 *   with the reason. 503 when nothing can serve.
 *   Redis is not needed to serve (caches and limits fall back to the process), so it does not count.
 * While the server shuts down, Fastify answers every new request, these included, with 503.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM, reads: ReadRouter): void {
  app.get('/livez', async () => ({ status: 'ok' }));
  const ready = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    const answer = await databaseAnswers(orm);
    const primary: DatabaseStatus = {
      name: 'primary',
      role: 'primary',
      state: answer === true ? 'ok' : 'down',
      reads: reads.readsOnPrimary,
      ...(answer === true ? {} : { reason: answer }),
    };
    const replicas = reads.replicaStatus();
    const databases = reads.hasReplicas ? { databases: [primary, ...replicas] } : {};
    if (answer === true) return { status: 'ok', ...databases };
    if (replicas.some((r) => r.state === 'ok')) return { status: 'reads only', ...databases };
    app.log.warn(`readiness: the database does not answer reads (${answer})`);
    return reply
      .code(503)
      .header('retry-after', '1')
      .send({ status: 'unavailable', reason: 'database unavailable', ...databases });
  };
  app.get('/readyz', ready);
  app.get('/healthz', ready);
}

import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';

/** How long readiness waits for `select 1` before calling the database unreachable. */
const DB_CHECK_TIMEOUT_MS = 1000;

async function databaseAnswers(orm: MikroORM): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      orm.em.fork().getConnection().execute('select 1').then(() => true),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DB_CHECK_TIMEOUT_MS))),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * - `/livez`: the process answers (restart it when this fails).
 * - `/readyz` (and `/healthz`): it can serve, i.e. the database answers; 503 with the reason otherwise.
 *   Redis is not needed to serve (caches and limits fall back to the process), so it does not count.
 * While the server shuts down, Fastify answers every new request, these included, with 503.
 */
export function registerHealthRoutes(app: FastifyInstance, orm: MikroORM): void {
  app.get('/livez', async () => ({ status: 'ok' }));
  const ready = async (_req: unknown, reply: import('fastify').FastifyReply) => {
    if (await databaseAnswers(orm)) return { status: 'ok' };
    app.log.warn('readiness: database unreachable');
    return reply.code(503).header('retry-after', '1').send({ status: 'unavailable', reason: 'database unreachable' });
  };
  app.get('/readyz', ready);
  app.get('/healthz', ready);
}

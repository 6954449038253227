import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app/context';
import type { RequestLimits } from '../../app/guards';
import type { Limit } from '../../app/rate-limit';
import { actorKey } from '../access/viewer';
import { authenticateEpcis } from './epcis.auth';
import { registerCaptureRoutes } from './epcis.capture.routes';
import { EpcisProblem, epcisErrorHandler } from './epcis.problem';
import { registerQueryRoutes } from './epcis.query.routes';
import { registerExportRoutes } from './epcis.export';
import { registerNamedQueryRoutes } from './epcis.queries.routes';
import { startDispatcher, type Dispatcher } from './epcis.webhooks';

/**
 * The EPCIS 2.0 interface under /epcis (REST binding): capture, queries and exports. Its own scope: JSON-LD
 * bodies are read as JSON, and every error is a problem+json document with an EPCIS exception type.
 */
export function registerEpcisRoutes(
  app: FastifyInstance,
  orm: MikroORM,
  services: Services,
  limits: RequestLimits,
): void {
  void app.register(async (scope) => {
    // The GraphQL API's request limits, per key and per address; a refused key counts against its address.
    scope.addHook('onRequest', async (request, reply) => {
      const hit = async (limit: Limit, who: string) => {
        if (limit.limit === 0) return;
        const verdict = await services.limiter.hit(limit, who);
        if (!verdict.allowed) {
          reply.header('retry-after', String(verdict.retryAfterSeconds));
          throw new EpcisProblem(
            429,
            'RateLimitException',
            `Too many requests; try again in ${verdict.retryAfterSeconds} s.`,
          );
        }
      };
      const byAddress: Limit = { name: 'epcis-ip', limit: limits.perAddressPerMinute, windowSeconds: 60 };
      const viewer = await authenticateEpcis(request, orm.em.fork()).catch(async (err: unknown) => {
        if (err instanceof EpcisProblem) await hit(byAddress, request.ip);
        throw err;
      });
      if (viewer.kind === 'organization')
        await hit({ name: 'epcis-key', limit: limits.perKeyPerMinute, windowSeconds: 60 }, actorKey(viewer));
      else await hit(byAddress, request.ip);
    });
    scope.addContentTypeParser(
      ['application/ld+json'],
      { parseAs: 'string', bodyLimit: 64 * 1024 * 1024 },
      (_req, body, done) => {
        try {
          done(null, JSON.parse(body as string));
        } catch (err) {
          (err as { statusCode?: number }).statusCode = 400;
          done(err as Error, undefined);
        }
      },
    );
    scope.setErrorHandler(epcisErrorHandler);
    registerCaptureRoutes(scope, orm, services);
    registerQueryRoutes(scope, services.reads);
    registerExportRoutes(scope, orm);
    registerNamedQueryRoutes(scope, orm, services.reads);
  });
  // Webhook deliveries of subscriptions and recalls told as events (EPCIS_DISPATCHER=off leaves them to other
  // instances).
  if (process.env.EPCIS_DISPATCHER !== 'off') {
    let dispatcher: Dispatcher | null = null;
    app.addHook('onReady', async () => {
      dispatcher = startDispatcher(orm, services.bus, { log: (err, what) => app.log.warn({ err }, what) });
    });
    app.addHook('onClose', async () => dispatcher?.stop());
  }
}

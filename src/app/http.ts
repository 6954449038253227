import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { RedisClient } from './redis';
import { config } from '../config';
import { publicBaseUrl } from '../modules/lot/digital-link';
import { registerLedgerRoutes } from '../modules/ledger/ledger.routes';
import { registerNoticeRoutes } from '../modules/notice/notice.routes';
import { authenticate } from '../modules/api-key/api-key.service';
import { actorKey } from '../modules/access/viewer';
import { registerCodeRoutes } from '../modules/scan/codes.routes';
import { registerFormRoutes } from '../modules/scan/forms.routes';
import { pageCache } from '../modules/scan/page-cache';
import { registerResolverRoutes } from '../modules/scan/resolver.routes';
import { registerRecallNoticeRoutes } from '../modules/scan/recall-notices.routes';
import { registerExportRoutes } from '../modules/scope/scope.export';
import { registerConsoleRoutes } from '../modules/console/console.routes';
import { registerAlertRoutes } from '../modules/alert/alert.routes';
import { alertSettings } from '../modules/alert/alert.config';
import { registerEpcisRoutes } from '../modules/epcis/epcis.routes';
import { inProcessBus, type Bus } from './bus';
import { createContext, type Context, type Services } from './context';
import { errorFormatter, serviceUnavailable } from './errors';
import {
  armorRules,
  checkRequestLimit,
  hideSuggestionsFromPublic,
  refuseNulCharacters,
  httpStatusOfErrors,
  QUERY_LIMITS,
  requestLimitsFromEnv,
  type RequestLimits,
} from './guards';
import { isDatabaseUnavailable } from '../db/availability';
import { memoryRateLimiter, redisRateLimiter } from './rate-limit';
import { registerGraphiql } from './graphiql';
import { registerHealthRoutes } from './health';
import { readAfterOf, readRouting, registerGraphqlRoute } from './read-routing';
import { ReadRouter } from '../db/replicas';
import { httpErrorHandler } from './http-errors';
import { buildAppSchema } from './schema';

export interface HttpApp {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
  services: Services;
}

export interface HttpOptions {
  logLevel?: string;
  /** Messages to every instance; in-process when not given. */
  bus?: Bus;
  /** Shared page cache and rate limits; in-process when not given. */
  redis?: RedisClient | null;
  /** Prefix of this deployment's Redis keys (default REDIS_NAMESPACE or "trace"). */
  redisNamespace?: string;
  /** Requests per minute per key and per address (default RATE_LIMIT_PER_KEY / RATE_LIMIT_PER_ADDRESS). */
  requestLimits?: RequestLimits;
  /** Whether X-Forwarded-For / -Proto are believed (default TRUST_PROXY). */
  trustProxy?: boolean;
  /** Where reads that may be a moment old go (default: the primary, `orm`). */
  reads?: ReadRouter;
}

/**
 * One HTTP server: GraphQL at /graphql, the GS1 Digital Link resolver and scan pages at /01/…, the
 * scan page's forms, label codes, the CSV export, the notice stream, the staff console at /console and /healthz.
 */
export async function buildHttpApp(orm: MikroORM, opts: HttpOptions = {}): Promise<HttpApp> {
  const bus = opts.bus ?? inProcessBus();
  const redis = opts.redis ?? null;
  const namespace = opts.redisNamespace ?? config().redisNamespace;
  const requestLimits = opts.requestLimits ?? requestLimitsFromEnv();
  const services: Services = {
    bus,
    limiter: redis ? redisRateLimiter(redis, namespace) : memoryRateLimiter(),
    pages: pageCache(bus, redis, namespace),
    reads: opts.reads ?? ReadRouter.primaryOnly(orm),
  };
  const app = Fastify({
    logger: { level: opts.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: opts.trustProxy ?? config().trustProxy,
    // One line per request only when asked for: the access log is the proxy's job.
    logController: new LogController({ disableRequestLogging: process.env.LOG_REQUESTS !== 'true' }),
    // Clients may not pick their own request IDs: they end up in logs.
    genReqId: () => crypto.randomUUID(),
  });
  app.setErrorHandler(httpErrorHandler(app));
  const schema = buildAppSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: armorRules(),
    formatError: errorFormatter((err, what) => app.log.error({ err }, what)),
    plugins: [
      fastifyApolloDrainPlugin(app),
      // No cache hints are used: without the plugin no field pays for a per-field hook.
      ApolloServerPluginCacheControlDisabled(),
      // Its landing page loads from Apollo's CDNs: browsers get GraphiQL from this server instead (graphiql.ts).
      ApolloServerPluginLandingPageDisabled(),
      hideSuggestionsFromPublic(),
      refuseNulCharacters(),
      httpStatusOfErrors(),
      readRouting(services.reads),
    ],
  });
  await apollo.start();

  registerGraphqlRoute(app, apollo, services.reads, async (request, retryOf) => {
    const em = orm.em.fork();
    // A query run again after its replica failed keeps its viewer, and is not counted twice.
    if (retryOf) {
      const { ip, baseUrl, userAgent, readAfter } = retryOf;
      return { ...createContext(em, retryOf.viewer, services, { ip, baseUrl, userAgent, readAfter }), retried: true };
    }
    const viewer = await authenticate(em, request.headers.authorization).catch(async (err: unknown) => {
      if (isDatabaseUnavailable(err)) throw serviceUnavailable();
      // A refused key counts against its address, so that guessing keys meets the address's limit.
      await checkRequestLimit(services.limiter, requestLimits, { actor: null, ip: request.ip });
      throw err;
    });
    await checkRequestLimit(services.limiter, requestLimits, {
      actor: viewer.kind === 'organization' ? actorKey(viewer) : null,
      ip: request.ip,
    });
    return createContext(em, viewer, services, {
      ip: request.ip,
      baseUrl: publicBaseUrl(request),
      userAgent: request.headers['user-agent'],
      readAfter: readAfterOf(request.headers),
    });
  });

  const scan = { schema, orm, services };
  registerResolverRoutes(app, scan);
  registerRecallNoticeRoutes(app, scan);
  registerFormRoutes(app, scan);
  registerCodeRoutes(app, scan);
  registerNoticeRoutes(app, orm, bus);
  registerExportRoutes(app, orm, services.limiter, services.reads);
  registerLedgerRoutes(app, orm);
  registerGraphiql(app, orm);
  registerConsoleRoutes(app, { schema, orm, services, requestLimits });
  registerAlertRoutes(app, orm, () => alertSettings());
  registerEpcisRoutes(app, orm, services, requestLimits);

  registerHealthRoutes(app, orm, services.reads);
  // Browsers ask every site for an icon: the platform has none, and says so without a 404 in the log.
  app.get('/favicon.ico', async (_request, reply) =>
    reply.code(204).header('cache-control', 'public, max-age=86400').send(),
  );
  app.addHook('onClose', async () => services.pages.close());

  return { app, apollo, services };
}

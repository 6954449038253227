import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { registerNoticeRoutes } from '../modules/notice/notice.routes';
import { authenticate } from '../modules/organization/api-key.service';
import { registerExportRoutes } from '../modules/scope/scope.export';
import { createContext, type Context } from './context';
import { errorFormatter } from './errors';
import { buildAppSchema } from './schema';
import { inProcessBus, type Bus } from './bus';

export interface HttpApp {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
  bus: Bus;
}

export interface HttpOptions {
  logLevel?: string;
  /** Messages to every instance; in-process when not given. */
  bus?: Bus;
}

/** One HTTP server: GraphQL at /graphql, health at /healthz; the resolver and export routes join it later. */
export async function buildHttpApp(orm: MikroORM, opts: HttpOptions = {}): Promise<HttpApp> {
  const bus = opts.bus ?? inProcessBus();
  const app = Fastify({
    logger: { level: opts.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
    bodyLimit: 2 * 1024 * 1024,
    // One line per request only when asked for: the access log is the proxy's job.
    logController: new LogController({ disableRequestLogging: process.env.LOG_REQUESTS !== 'true' }),
    // Clients may not pick their own request IDs: they end up in logs.
    genReqId: () => crypto.randomUUID(),
  });
  const apollo = new ApolloServer<Context>({
    schema: buildAppSchema(),
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: 20_000 },
    formatError: errorFormatter((err, what) => app.log.error({ err }, what)),
    plugins: [fastifyApolloDrainPlugin(app)],
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    context: async (request) => {
      const em = orm.em.fork();
      const viewer = await authenticate(em, request.headers.authorization);
      return createContext(em, viewer, bus);
    },
  });

  registerNoticeRoutes(app, orm, bus);
  registerExportRoutes(app, orm);

  app.get('/healthz', async (_req, reply) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      return { status: 'ok' };
    } catch (err) {
      app.log.error({ err }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  return { app, apollo, bus };
}

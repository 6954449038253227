import 'reflect-metadata';
import { inProcessBus, redisBus } from './app/bus';
import { buildHttpApp } from './app/http';
import { commandClient } from './app/redis';
import { config } from './config';
import { openDatabase } from './db/database';
import { Organization } from './modules/organization/organization.entity';
import { startAlertWorker } from './modules/alert/alert.start';
import { demoLoaded, loadDemoData, printDemoBanner } from '../seeds/demo';

/** Process entry: database (embedded unless DATABASE_URL), demo data on first start, HTTP server, graceful shutdown. */
async function main(): Promise<void> {
  const cfg = config();
  const db = await openDatabase(cfg);
  const em = db.orm.em.fork();
  if ((await em.count(Organization, {})) === 0 && process.env.SEED_DEMO !== 'false') {
    await loadDemoData(db.orm);
  }
  // A Redis Cluster when its nodes are given, else one Redis server, else everything in this process.
  const target = cfg.redisClusterNodes.length
    ? { clusterNodes: cfg.redisClusterNodes }
    : cfg.redisUrl
      ? { url: cfg.redisUrl }
      : null;
  const bus = target ? await redisBus(target, (err) => console.error('redis:', err)) : inProcessBus();
  const redis = target ? commandClient(target, (err) => console.error('redis (cache, limits):', err)) : null;
  const { app } = await buildHttpApp(db.orm, { bus, redis, reads: db.reads });
  await app.listen({ port: cfg.port, host: cfg.host });
  const addr = app.server.address();
  const port = addr && typeof addr === 'object' ? addr.port : cfg.port;
  const api = `http://${cfg.host === '0.0.0.0' ? 'localhost' : cfg.host}:${port}`;
  // Browsers allow passkeys on localhost (a secure context) but not on 127.0.0.1: the console is announced there.
  const loopback = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(cfg.host);
  const consoleUrl = cfg.publicBaseUrl ?? (loopback ? `http://localhost:${port}` : api);
  printDemoBanner({ api, console: consoleUrl }, db.embedded ? cfg.dataDir : null, await demoLoaded(db.orm.em.fork()));
  // Recall alerts to registered purchasers: this server's share of the outbox.
  const alerts = await startAlertWorker(db.orm, bus, app.log.child({ module: 'alerts' }));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing requests in flight, then stopping`);
    try {
      // Requests and the sends in flight finish; alerts not started go back to the outbox.
      await Promise.all([app.close(), alerts.stop()]);
      await bus.close();
      redis?.disconnect();
      await db.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  console.error('startup failed:', err);
  process.exit(1);
});

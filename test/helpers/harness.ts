import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { redisBus } from '../../src/app/bus';
import type { RequestLimits } from '../../src/app/guards';
import { buildHttpApp, type HttpApp } from '../../src/app/http';
import { commandClient } from '../../src/app/redis';
import { initOrm } from '../../src/db/orm';
import { ReadRouter } from '../../src/db/replicas';
import { createApiKey } from '../../src/modules/api-key/api-key.service';
import { ApiKeyScope } from '../../src/modules/organization/organization.enums';
import type { Organization } from '../../src/modules/organization/organization.entity';
import { reloadDemoData } from '../../seeds/demo';
import { cloneTemplate } from './db';

export interface Harness {
  orm: MikroORM;
  http: HttpApp;
  /** Statements sent to PostgreSQL since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /** Runs a GraphQL operation through the HTTP app (in process); `key` is an API key. */
  gql<R, V>(
    doc: TypedDocumentNode<R, V> | string,
    variables?: V,
    key?: string,
  ): Promise<ExecutionResult<R> & { status: number }>;
  /** A forked EntityManager for arranging data. */
  em(): EntityManager;
  /** Runs arranging work in one transaction. */
  tx<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  keyFor(org: Organization, scope?: ApiKeyScope): Promise<string>;
  /** The database URL, to start a second instance on the same data. */
  url: string;
  close(): Promise<void>;
}

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A test app on its own database cloned from the migrated template (or on `shareDb` of another harness). */
export async function startHarness(
  opts: {
    redis?: boolean;
    redisUrl?: string;
    shareDb?: string;
    requestLimits?: RequestLimits;
    trustProxy?: boolean;
    /** Streaming replicas of `shareDb` for reads that may be a moment old, and the bound of their lag in seconds. */
    replicas?: { urls: string[]; maxLagSeconds: number; checkIntervalMs?: number };
    /** Nodes of a Redis Cluster, instead of one Redis. */
    redisCluster?: string[];
  } = {},
): Promise<Harness> {
  const db = opts.shareDb ? { url: opts.shareDb, drop: async () => undefined } : await cloneTemplate();
  const queries: string[] = [];
  const orm = await initOrm({
    clientUrl: db.url,
    poolMax: 4,
    onQuery: (msg) => {
      const m = /\[query\] (.*)/s.exec(msg);
      if (m && !/^(begin|commit|rollback|savepoint|release savepoint)/i.test(m[1].trim())) queries.push(m[1]);
    },
  });
  const redisUrl = opts.redisUrl ?? (opts.redis ? REDIS_URL : null);
  const target = opts.redisCluster ? { clusterNodes: opts.redisCluster } : redisUrl ? { url: redisUrl } : null;
  const bus = target ? await redisBus(target) : undefined;
  const redis = target ? commandClient(target) : null;
  // Until it is connected, caches and limits stay in the process (by design); tests start from a connected client.
  if (redis && redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
  // Test databases share one Redis: each keeps its own keys, and instances on one database share them.
  const reads = opts.replicas ? await ReadRouter.open(orm, { ...opts.replicas, orm: { poolMax: 4 } }) : undefined;
  const http = await buildHttpApp(orm, {
    logLevel: 'silent',
    bus,
    redis,
    redisNamespace: `test:${new URL(db.url).pathname.slice(1)}`,
    requestLimits: opts.requestLimits,
    trustProxy: opts.trustProxy,
    reads,
  });
  return {
    orm,
    http,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    async gql(doc, variables, key) {
      const res = await http.app.inject({
        method: 'POST',
        url: '/graphql',
        // Each call comes from its own address, as from many consumers: per-address limits are tested on purpose.
        remoteAddress: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        payload: { query: typeof doc === 'string' ? doc : print(doc), variables },
      });
      return { ...(JSON.parse(res.body) as ExecutionResult<never>), status: res.statusCode };
    },
    url: db.url,
    em: () => orm.em.fork(),
    tx: (work) => orm.em.fork().transactional(work),
    async keyFor(org, scope = ApiKeyScope.ADMIN) {
      return (await createApiKey(orm.em.fork(), org, 'test', scope)).key;
    },
    async close() {
      await http.app.close();
      await http.services.bus.close();
      redis?.disconnect();
      await reads?.close();
      await orm.close(true);
      await db.drop();
    },
  };
}

/** A test app on the Henan demo data (the data `npm start` loads). */
export async function startDemoHarness(opts: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness(opts);
  await reloadDemoData(h.orm);
  return h;
}

import path from 'node:path';

/** Settings from the environment, read once. */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; without it the embedded database is used. */
  databaseUrl: string | null;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Seconds a pooled database connection may stay idle before the pool closes it. */
  databaseIdleTimeout: number;
  /**
   * Whether reads run as named prepared statements (planned once per connection). Null: on for a
   * PostgreSQL server, off for the embedded database. Off behind a pooler that can hand one session to
   * several clients (PgBouncer before 1.21 in transaction mode).
   */
  databaseNamedStatements: boolean | null;
  /** Streaming replicas for reads that may be a moment old (see `src/db/replicas.ts`). */
  databaseReplicaUrls: string[];
  /** Seconds a replica may be behind the primary before reads skip it. */
  databaseReplicaMaxLag: number;
  /** Base of GS1 Digital Link URIs printed in QR codes; null: the address each request came to. */
  publicBaseUrl: string | null;
  /** Whether X-Forwarded-For / -Proto from a reverse proxy are believed (client addresses for rate limits). */
  trustProxy: boolean;
  /** Redis for messages between instances; without it, one process with an in-process bus. */
  redisUrl: string | null;
  /** Nodes of a Redis Cluster (`host:port`, some or all), instead of `redisUrl`. */
  redisClusterNodes: string[];
  /** Prefix of this deployment's keys in Redis, when several share one. */
  redisNamespace: string;
  /** Console sessions end after this many minutes without a request… */
  sessionIdleMinutes: number;
  /** …and after this many hours in any case. */
  sessionMaxHours: number;
}

function positive(name: string, dflt: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const x = Number(v);
  if (!Number.isFinite(x) || x <= 0) throw new Error(`${name} must be a positive number, not "${v}"`);
  return x;
}

let cached: Config | null = null;

export function config(): Config {
  if (cached) return cached;
  const port = Number(process.env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const host = process.env.HOST ?? '127.0.0.1';
  const idle = Number(process.env.DATABASE_IDLE_TIMEOUT ?? 30);
  if (!Number.isFinite(idle) || idle <= 0) {
    const given = process.env.DATABASE_IDLE_TIMEOUT;
    throw new Error(`DATABASE_IDLE_TIMEOUT must be a number of seconds above 0, not "${given}"`);
  }
  cached = {
    port,
    host,
    databaseUrl: process.env.DATABASE_URL || null,
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data/pglite'),
    databaseIdleTimeout: idle,
    databaseNamedStatements: flag('DATABASE_NAMED_STATEMENTS'),
    databaseReplicaUrls: (process.env.DATABASE_REPLICA_URLS ?? '').split(/[\s,]+/).filter(Boolean),
    databaseReplicaMaxLag: positive('DATABASE_REPLICA_MAX_LAG', 5),
    publicBaseUrl: process.env.PUBLIC_BASE_URL ? process.env.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
    trustProxy: process.env.TRUST_PROXY === 'true',
    redisUrl: process.env.REDIS_URL || null,
    redisClusterNodes: (process.env.REDIS_CLUSTER_NODES ?? '').split(/[\s,]+/).filter(Boolean),
    redisNamespace: process.env.REDIS_NAMESPACE || 'trace',
    sessionIdleMinutes: positive('SESSION_IDLE_MINUTES', 120),
    sessionMaxHours: positive('SESSION_MAX_HOURS', 12),
  };
  return cached;
}

/** A true/false setting; null when it is not set. */
function flag(name: string): boolean | null {
  const v = process.env[name];
  if (v === undefined || v === '') return null;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new Error(`${name} must be true or false, not "${v}"`);
}

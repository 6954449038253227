import path from 'node:path';

/** Settings from the environment, read once. */
export interface Config {
  port: number;
  host: string;
  /** A PostgreSQL server; without it the embedded database is used. */
  databaseUrl: string | null;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Base of GS1 Digital Link URIs printed in QR codes; null: the address each request came to. */
  publicBaseUrl: string | null;
  /** Whether X-Forwarded-For / -Proto from a reverse proxy are believed (client addresses for rate limits). */
  trustProxy: boolean;
  /** Redis for messages between instances; without it, one process with an in-process bus. */
  redisUrl: string | null;
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
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  const host = process.env.HOST ?? '127.0.0.1';
  cached = {
    port,
    host,
    databaseUrl: process.env.DATABASE_URL || null,
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data/pglite'),
    publicBaseUrl: process.env.PUBLIC_BASE_URL ? process.env.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
    trustProxy: process.env.TRUST_PROXY === 'true',
    redisUrl: process.env.REDIS_URL || null,
    redisNamespace: process.env.REDIS_NAMESPACE || 'trace',
    sessionIdleMinutes: positive('SESSION_IDLE_MINUTES', 120),
    sessionMaxHours: positive('SESSION_MAX_HOURS', 12),
  };
  return cached;
}


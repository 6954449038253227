import type { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { initOrm, migrate } from './orm';
import { ensurePartitions } from './partitions';
import { ReadRouter } from './replicas';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  /** Where reads that may be a moment old go: replicas when there are any, else the primary. */
  reads: ReadRouter;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  /** A PostgreSQL server; null: the embedded database in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Seconds an idle pooled connection is kept (default 30). */
  databaseIdleTimeout?: number;
  /** Reads as named prepared statements; null or absent: on for a server, off for the embedded database. */
  databaseNamedStatements?: boolean | null;
  /** Streaming replicas of `databaseUrl` for reads that may be a moment old. */
  databaseReplicaUrls?: string[];
  /** Seconds a replica may be behind before reads skip it (default 5). */
  databaseReplicaMaxLag?: number;
  onQuery?: (sql: string) => void;
}

/**
 * Connects to `databaseUrl`, or starts the embedded database in `dataDir`; then migrates.
 *
 * The embedded database's socket keeps one PostgreSQL session for every client connection in turn, so
 * what one connection leaves in the session (named statements above all) would meet the next one when
 * the pool replaces an idle connection: each new connection starts by resetting the session, and reads
 * use unnamed statements there unless told otherwise (one session gains little from them).
 */
export async function openDatabase(s: DatabaseSettings): Promise<Database> {
  const embedded = s.databaseUrl ? null : await startEmbeddedDatabase(s.dataDir);
  const settings = {
    poolMax: embedded ? 1 : 10,
    idleTimeoutSeconds: s.databaseIdleTimeout,
    namedStatements: s.databaseNamedStatements ?? !embedded,
    resetSessionOnConnect: !!embedded,
    onQuery: s.onQuery,
  };
  const orm = await initOrm({ ...settings, clientUrl: s.databaseUrl ?? embedded!.url });
  await migrate(orm);
  // Months ahead of the partitioned tables (cheap when they are there): no write waits for a partition.
  await ensurePartitions(orm.em.fork());
  const replicaUrls = s.databaseReplicaUrls ?? [];
  if (embedded && replicaUrls.length)
    throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: the embedded database has no replicas');
  const reads = replicaUrls.length
    ? await ReadRouter.open(orm, { urls: replicaUrls, maxLagSeconds: s.databaseReplicaMaxLag, orm: settings })
    : ReadRouter.primaryOnly(orm);
  return {
    orm,
    embedded,
    reads,
    async close() {
      await reads.close();
      await orm.close(true);
      await embedded?.close();
    },
  };
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { initOrm, migrate } from './orm';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
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
  const orm = await initOrm({
    clientUrl: s.databaseUrl ?? embedded!.url,
    poolMax: embedded ? 1 : 10,
    idleTimeoutSeconds: s.databaseIdleTimeout,
    namedStatements: s.databaseNamedStatements ?? !embedded,
    resetSessionOnConnect: !!embedded,
    onQuery: s.onQuery,
  });
  await migrate(orm);
  return {
    orm,
    embedded,
    async close() {
      await orm.close(true);
      await embedded?.close();
    },
  };
}

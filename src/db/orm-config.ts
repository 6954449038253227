import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

export interface OrmSettings {
  clientUrl: string;
  /** Embedded PGlite serves one connection; a server gets a pool. */
  poolMax?: number;
  /** Seconds an idle pooled connection is kept (default 30). */
  idleTimeoutSeconds?: number;
  /** Reads as named prepared statements (default true); see `readQuery`. */
  namedStatements?: boolean;
  /**
   * Reset each new connection's session (`DISCARD ALL`) before use: for a server that hands a new
   * connection the session an earlier one left (the embedded database's socket keeps one session).
   */
  resetSessionOnConnect?: boolean;
  /** Called with every SQL statement (query-count tests). */
  onQuery?: (sql: string) => void;
  /**
   * A read replica: no connection at start (one that is down is retried by the replica monitor) and no
   * attempt to create the database.
   */
  replica?: boolean;
}

export function ormConfig(s: OrmSettings): Options {
  return defineConfig({
    clientUrl: s.clientUrl,
    ...(s.replica ? { connect: false, ensureDatabase: false } : {}),
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: {
      min: 0,
      max: s.poolMax ?? 10,
      idleTimeoutMillis: (s.idleTimeoutSeconds ?? 30) * 1000,
      ...(s.resetSessionOnConnect ? { afterCreate: discardSession } : {}),
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Queries are counted through the logger; everything else stays quiet.
    debug: s.onQuery ? ['query'] : false,
    logger: s.onQuery ? (msg: string) => s.onQuery!(msg) : () => undefined,
    colors: false,
    // The EPCIS store is read and written in SQL only; its migration defines it (see Migration20261201000000Epcis).
    // The tables partitioned by month, and their partitions, are defined by Migration20261203000000Partitions:
    // their keys hold the partition key, which the entities (keyed by id) leave out.
    schemaGenerator: {
      skipTables: [/^epcis_/, 'custody_event', 'ledger_entry', /^(custody_event|ledger_entry)_(\d{4}_\d{2}|default)$/],
    },
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      path: 'migrations',
    },
  });
}

/** knex's pool hook: a new connection is handed out only once its session is back to a fresh one. */
function discardSession(
  conn: { query(sql: string, cb: (err: Error | null) => void): void },
  done: (err: Error | null, c: unknown) => void,
): void {
  conn.query('discard all', (err) => done(err, conn));
}

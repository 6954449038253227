import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

export interface OrmSettings {
  clientUrl: string;
  /** Embedded PGlite serves one connection; a server gets a pool. */
  poolMax?: number;
  /** Called with every SQL statement (query-count tests). */
  onQuery?: (sql: string) => void;
}

export function ormConfig(s: OrmSettings): Options {
  return defineConfig({
    clientUrl: s.clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    pool: { min: 0, max: s.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Queries are counted through the logger; everything else stays quiet.
    debug: s.onQuery ? ['query'] : false,
    logger: s.onQuery ? (msg: string) => s.onQuery!(msg) : () => undefined,
    colors: false,
    // The EPCIS store is read and written in SQL only; its migration defines it (see Migration20261201000000Epcis).
    schemaGenerator: { skipTables: [/^epcis_/] },
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

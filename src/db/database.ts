import type { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { initOrm, migrate } from './orm';

export interface Database {
  orm: MikroORM;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded database in `dataDir`; then migrates. */
export async function openDatabase(opts: { databaseUrl: string | null; dataDir: string; onQuery?: (sql: string) => void }): Promise<Database> {
  const embedded = opts.databaseUrl ? null : await startEmbeddedDatabase(opts.dataDir);
  const orm = await initOrm({ clientUrl: opts.databaseUrl ?? embedded!.url, poolMax: embedded ? 1 : 10, onQuery: opts.onQuery });
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

import 'reflect-metadata';
import { config } from '../config';
import { openDatabase } from '../db/database';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
(async () => {
  const cfg = config();
  const db = await openDatabase(cfg);
  const rows = await db.orm.em
    .fork()
    .getConnection()
    .execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
  console.log(`Schema is up to date (${rows.length} migrations: ${rows.map((r) => r.name).join(', ')}).`);
  await db.close();
})().catch((err) => {
  console.error('migration failed:', err);
  process.exit(1);
});

import 'reflect-metadata';
import { initOrm, migrate } from '../../src/db/orm';
import { ADMIN_URL, adminQuery, TEMPLATE_DB, urlFor } from './db';

/** Migrates a template database once per run; each test file clones it. */
export default async function setup(): Promise<() => Promise<void>> {
  try {
    await adminQuery('select 1');
  } catch (err) {
    throw new Error(`The tests need PostgreSQL at ${ADMIN_URL} (set TEST_DATABASE_URL): ${(err as Error).message}`, {
      cause: err,
    });
  }
  await adminQuery(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await adminQuery(`create database ${TEMPLATE_DB}`);
  const orm = await initOrm({ clientUrl: urlFor(TEMPLATE_DB), poolMax: 2 });
  await migrate(orm);
  await orm.close(true);
  // Leftovers of runs that were killed.
  return async () => {
    await adminQuery(`drop database if exists ${TEMPLATE_DB} with (force)`);
  };
}

import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the tests use; this machine's PostgreSQL by default (trust auth). */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * The migrated template, one per checkout: two checkouts (worktrees, CI beside a developer) running the
 * suite at once on one server would otherwise drop each other's template.
 */
export const TEMPLATE_DB =
  process.env.TEST_TEMPLATE_DB ??
  `trace_test_template_${createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8)}`;

export function urlFor(database: string): string {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template (Immich's pattern): fast and isolated per test file. */
export async function cloneTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `trace_test_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${TEMPLATE_DB}`);
  return { url: urlFor(name), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

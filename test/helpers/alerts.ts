import type { MikroORM } from '@mikro-orm/postgresql';
import { alertSettings, type AlertSettings } from '../../src/modules/alert/alert.config';
import type { AlertLog } from '../../src/modules/alert/alert.worker';

/** Alert settings for tests: quick polls and retries, links on a public base URL; channels given by each test. */
export function testSettings(over: Partial<AlertSettings> = {}): AlertSettings {
  return {
    ...alertSettings({ PUBLIC_BASE_URL: 'https://trace.example.cn' }),
    pollMs: 20,
    backoffMs: 50,
    maxBackoffMs: 200,
    leaseMs: 60_000,
    batchSize: 5,
    concurrency: 2,
    ...over,
  };
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  msg: string;
  obj: Record<string, unknown>;
}

/** A logger that keeps what the worker writes. */
export function collectingLog(): AlertLog & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object, msg: string) =>
    entries.push({ level, msg, obj: obj as Record<string, unknown> });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

/** Polls until `check` holds (the worker runs on its own); fails with `what` after 20 s. */
export async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function alertRows(
  orm: MikroORM,
  where = 'true',
): Promise<
  {
    id: string;
    status: string;
    channel: string;
    attempts: number;
    last_error: string | null;
    provider_ref: string | null;
    token: string | null;
    registration_id: string | null;
  }[]
> {
  return orm.em
    .fork()
    .getConnection()
    .execute(
      `select id, status, channel, attempts, last_error, provider_ref, token, registration_id from recall_alert where ${where} order by created_at, id`,
    );
}

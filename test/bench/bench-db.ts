import pg from 'pg';

/** The benchmark database: never the tests' or the app's. */
export const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trace_bench';
export const BENCH_REGULATOR_KEY = 'trk_bench_regulator';
export const BENCH_INGEST_KEY = 'trk_bench_ingest';

export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

export function dbName(url: string): string {
  return new URL(url).pathname.slice(1);
}

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function stats(ms: number[]): { median: number; p95: number } {
  const s = [...ms].sort((a, b) => a - b);
  return { median: percentile(s, 50), p95: percentile(s, 95) };
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Monthly partitions of the tables that grow without end (see Migration20261203000000Partitions): made
 * ahead of time, listed, and old months detached for archive. PostgreSQL's own declarative partitioning,
 * so the same on a server and on the embedded database (pg_partman could run the same schedule on a server;
 * it is not needed for this).
 */

/** Each partitioned table and the column it is partitioned on (UTC months). */
export const PARTITIONED = {
  custody_event: 'occurred_at',
  ledger_entry: 'recorded_at',
  epcis_event: 'event_time',
} as const;
export type PartitionedTable = keyof typeof PARTITIONED;

/** How many months ahead partitions are kept ready (the server makes them at start, the command on demand). */
export const MONTHS_AHEAD = 3;

export interface PartitionInfo {
  table: PartitionedTable;
  partition: string;
  /** Bounds, null for the DEFAULT partition (rows outside every month made so far). */
  from: Date | null;
  to: Date | null;
}

/**
 * Makes every missing month from the month of `from` (default: this month) to `monthsAhead` months ahead,
 * in every partitioned table; returns the names made. Months before the first partition are not made
 * afterwards: rows for them (backdated events) are in the DEFAULT partition, which a new month's range may
 * not overlap.
 */
export async function ensurePartitions(
  em: EntityManager,
  opts: { from?: Date; monthsAhead?: number } = {},
): Promise<string[]> {
  const before = new Set((await listPartitions(em)).map((p) => p.partition));
  for (const table of Object.keys(PARTITIONED)) {
    await em.execute(`select partition_months(?, ?::timestamptz, now() + make_interval(months => ?))`, [
      table,
      (opts.from ?? new Date()).toISOString(),
      opts.monthsAhead ?? MONTHS_AHEAD,
    ]);
  }
  return (await listPartitions(em)).map((p) => p.partition).filter((p) => !before.has(p));
}

/** Every partition of the partitioned tables, oldest month first, the DEFAULT partition last. */
export async function listPartitions(em: EntityManager): Promise<PartitionInfo[]> {
  const rows = await em.execute<{ parent: string; partition: string; bound: string }[]>(
    `select p.relname as parent, c.relname as partition, pg_get_expr(c.relpartbound, c.oid) as bound
       from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
      where p.relname = any(?) order by p.relname, c.relname`,
    [`{${Object.keys(PARTITIONED).join(',')}}`],
  );
  return rows
    .map((r) => {
      const m = /FROM \('([^']+)'\) TO \('([^']+)'\)/.exec(r.bound);
      return {
        table: r.parent as PartitionedTable,
        partition: r.partition,
        from: m ? timestampOf(m[1]) : null,
        to: m ? timestampOf(m[2]) : null,
      };
    })
    .sort(
      (a, b) => a.table.localeCompare(b.table) || (a.from?.getTime() ?? Infinity) - (b.from?.getTime() ?? Infinity),
    );
}

/** A bound as PostgreSQL prints it ("2026-11-01 00:00:00+00", in the session's zone). */
function timestampOf(text: string): Date {
  return new Date(
    text
      .replace(' ', 'T')
      .replace(/([+-]\d\d)$/, '$1:00')
      .replace(/([+-]\d\d)(\d\d)$/, '$1:$2'),
  );
}

/**
 * Detaches the months of `table` that end on or before `before`, for archive: each becomes a table of
 * its own (same name), no longer read by queries on `table`, to be dumped (`pg_dump -t NAME`) and dropped.
 * The ledger is not detached: its verification walks each chain from the first entry.
 */
export async function detachPartitions(em: EntityManager, table: PartitionedTable, before: Date): Promise<string[]> {
  if (table === 'ledger_entry')
    throw new Error('ledger_entry is kept whole: its chains are verified from their first entry');
  const old = (await listPartitions(em)).filter((p) => p.table === table && p.to !== null && p.to <= before);
  for (const p of old) await em.execute(`alter table "${table}" detach partition "${p.partition}"`);
  return old.map((p) => p.partition);
}

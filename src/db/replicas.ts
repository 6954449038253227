import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable } from './availability';
import { initOrm } from './orm';
import type { OrmSettings } from './orm-config';

/**
 * Reads that may be a moment old (scan pages, public traces, recall scopes, EPCIS queries, spreadsheets)
 * go to PostgreSQL streaming replicas; everything else, and every write, to the primary.
 *
 * Each replica is a MikroORM instance of its own on the same entities, so a read on a replica is the
 * same code as on the primary (entities, loaders, `readQuery`), only forked from another ORM; a write
 * that strays there fails (a replica is read-only) instead of being lost.
 *
 * A monitor asks the primary for its WAL position and each replica for the position it has replayed,
 * every `checkIntervalMs`. A replica's lag is how long it has been missing something the primary had
 * committed: the age of the oldest primary position it has not replayed (0 when it has replayed the
 * newest one known, idle primary or stopped primary alike). More than `maxLagSeconds` behind, or not
 * answering, it is skipped until a later check finds it well again; with none left, reads go to the
 * primary.
 *
 * Reading one's own writes: a write's answer carries its commit position (`commitPosition`); a read
 * that names it (`after`) goes to a replica known to have replayed it, or else to the primary.
 */

/** A WAL position (`pg_lsn`, "16/B374D848") as a number that can be compared. */
export function parseLsn(text: string): bigint | null {
  const m = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  return m ? (BigInt(`0x${m[1]}`) << 32n) + BigInt(`0x${m[2]}`) : null;
}

export type DatabaseState = 'ok' | 'lagging' | 'down';

/** What readiness reports of one database. */
export interface DatabaseStatus {
  name: string;
  role: 'primary' | 'replica';
  state: DatabaseState;
  /** Seconds behind the primary (replicas), when known. */
  lagSeconds?: number;
  /** Why it is down or lagging. */
  reason?: string;
  /** Reads it has served since start. */
  reads: number;
}

export interface ReplicaSettings {
  urls: string[];
  /** A replica further behind than this is skipped (default 5 s). */
  maxLagSeconds?: number;
  /** How often positions are checked (default 1000 ms). */
  checkIntervalMs?: number;
  /** The primary's ORM settings, reused for each replica's pool. */
  orm: Omit<OrmSettings, 'clientUrl'>;
}

interface Replica {
  name: string;
  orm: MikroORM;
  state: DatabaseState;
  replayed: bigint | null;
  lagMs: number | null;
  reason: string | null;
  reads: number;
}

/** Where a read runs: its EntityManager and the database's name (for marking it down). */
export interface ReadTarget {
  em: EntityManager;
  name: string;
}

const CHECK_TIMEOUT_MS = 1000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** `host:port` of a database URL: names a replica in logs and readiness without its credentials. */
function nameOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
}

export class ReadRouter {
  private readonly replicas: Replica[];
  /** Primary positions seen, oldest first: `[ms since epoch, position]`. */
  private samples: [number, bigint][] = [];
  private primaryReads = 0;
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  readonly maxLagMs: number;
  private readonly intervalMs: number;

  private constructor(
    readonly primary: MikroORM,
    replicas: Replica[],
    maxLagSeconds: number,
    intervalMs: number,
  ) {
    this.replicas = replicas;
    this.maxLagMs = maxLagSeconds * 1000;
    this.intervalMs = intervalMs;
  }

  /** The primary alone: every read goes there, and nothing is monitored. */
  static primaryOnly(primary: MikroORM): ReadRouter {
    return new ReadRouter(primary, [], 0, 0);
  }

  /** Opens a pool to each replica (a replica that is down is tried again at each check) and starts the monitor. */
  static async open(primary: MikroORM, s: ReplicaSettings): Promise<ReadRouter> {
    const replicas = await Promise.all(
      s.urls.map(async (url) => ({
        name: nameOf(url),
        orm: await initOrm({ ...s.orm, clientUrl: url, replica: true }),
        state: 'down' as DatabaseState,
        replayed: null,
        lagMs: null,
        reason: 'not checked yet',
        reads: 0,
      })),
    );
    const maxLag = s.maxLagSeconds ?? 5;
    // Several checks within the bound, so that a replica is skipped soon after it falls behind it.
    const interval = s.checkIntervalMs ?? Math.min(1000, Math.max(100, maxLag * 250));
    const router = new ReadRouter(primary, replicas, maxLag, interval);
    if (replicas.length) {
      await router.check();
      router.timer = setInterval(() => void router.check(), router.intervalMs);
      router.timer.unref();
    }
    return router;
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /**
   * Where a read that may be a moment old runs: the next replica in turn that is well, not lagging and,
   * when `after` names a commit position, known to have replayed it; else the primary.
   */
  pick(after: bigint | null = null): ReadTarget {
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const r = this.replicas[(this.next + i) % n];
      if (r.state !== 'ok' || (after !== null && (r.replayed === null || r.replayed < after))) continue;
      this.next = (this.next + i + 1) % n;
      r.reads++;
      return { em: r.orm.em.fork(), name: r.name };
    }
    this.primaryReads++;
    return { em: this.primary.em.fork(), name: 'primary' };
  }

  /**
   * Runs a read on a replica (see `pick`). When that replica turns out to be unreachable the read is
   * not failed: the replica is marked down and the read runs again on the next choice (reads have no
   * effects, so running one twice is safe). An outage of the primary itself is the caller's to report.
   */
  async read<T>(after: bigint | null, work: (em: EntityManager, from: string) => Promise<T>): Promise<T> {
    for (;;) {
      const target = this.pick(after);
      try {
        return await work(target.em, target.name);
      } catch (err) {
        if (target.name === 'primary' || !isDatabaseUnavailable(err)) throw err;
        this.markDown(target.name, err);
      }
    }
  }

  /** Takes a replica out of the rotation until a check finds it answering again. */
  markDown(name: string, err: unknown): void {
    const r = this.replicas.find((x) => x.name === name);
    if (!r || r.state === 'down') return;
    r.state = 'down';
    r.reason = err instanceof Error ? err.message : String(err);
  }

  /** The primary's current WAL position: what a read must find replayed to see every write acknowledged so far. */
  async commitPosition(): Promise<string> {
    const [row] = await this.primary.em
      .getConnection()
      .execute<{ lsn: string }[]>('select pg_current_wal_lsn()::text as lsn');
    return row.lsn;
  }

  /** One round of the monitor (runs one at a time). */
  check(): Promise<void> {
    this.checking ??= this.checkOnce().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async checkOnce(): Promise<void> {
    // The primary first: a replica that has replayed this position is at most as old as this moment.
    try {
      const lsn = parseLsn(await within(this.commitPosition(), CHECK_TIMEOUT_MS));
      const last = this.samples[this.samples.length - 1];
      if (lsn !== null && (!last || lsn > last[1])) this.samples.push([Date.now(), lsn]);
    } catch {
      // The primary down: replicas are judged against the last position it had.
    }
    const keepFrom = Date.now() - 2 * this.maxLagMs - this.intervalMs;
    while (this.samples.length > 1 && this.samples[0][0] < keepFrom) this.samples.shift();
    await Promise.all(this.replicas.map((r) => this.checkReplica(r)));
  }

  private async checkReplica(r: Replica): Promise<void> {
    try {
      const [row] = await within(
        r.orm.em.getConnection().execute<{ lsn: string | null }[]>(
          // A promoted replica replays nothing: its own position counts.
          'select coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text as lsn',
        ),
        CHECK_TIMEOUT_MS,
      );
      r.replayed = row.lsn ? parseLsn(row.lsn) : null;
    } catch (err) {
      r.state = 'down';
      r.reason = (err as Error).message;
      r.lagMs = null;
      return;
    }
    const missing = this.samples.find(([, lsn]) => r.replayed === null || lsn > r.replayed);
    r.lagMs = missing ? Date.now() - missing[0] : 0;
    if (r.lagMs > this.maxLagMs) {
      r.state = 'lagging';
      r.reason = `more than ${this.maxLagMs / 1000} s behind the primary`;
    } else {
      r.state = 'ok';
      r.reason = null;
    }
  }

  /** Each replica as the last check (or a failed read) left it; the primary's line is readiness's to fill. */
  replicaStatus(): DatabaseStatus[] {
    return this.replicas.map((r) => ({
      name: r.name,
      role: 'replica',
      state: r.state,
      ...(r.lagMs !== null ? { lagSeconds: Math.round(r.lagMs / 100) / 10 } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
      reads: r.reads,
    }));
  }

  get readsOnPrimary(): number {
    return this.primaryReads;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.map((r) => r.orm.close(true)));
  }
}

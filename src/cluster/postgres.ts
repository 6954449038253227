import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, postgresBinDir, postgresCommand, postgresUid } from './processes';

/**
 * A PostgreSQL primary and streaming replicas of its own on loopback ports, for `npm run cluster` and the
 * fault tests: `initdb`, then for each replica a physical replication slot and `pg_basebackup -R -S` (the
 * standby settings written for it), all in one folder, as user postgres when run as root (PostgreSQL
 * refuses root).
 */

export interface Node {
  name: string;
  port: number;
  /** URL of `database` on this server. */
  url: string;
  /** Fast shutdown: sessions are terminated, the replica keeps its slot on the primary. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface ReplicatedPostgres {
  primary: Node;
  replicas: Node[];
  /** Runs one statement on a node's `postgres` database. */
  query<T = Record<string, unknown>>(node: Node, sql: string): Promise<T[]>;
  /** Waits until every running replica has replayed the primary's current position. */
  caughtUp(): Promise<void>;
  /** Stops every server (fast shutdown, replicas first); the files stay. */
  stop(): Promise<void>;
  /** Stops every server at once (immediate shutdown) and removes the folder. */
  destroy(): Promise<void>;
}

export interface ReplicatedPostgresOptions {
  replicas: number;
  database: string;
  /** Folder of the servers' data and logs (made if missing); default a temporary folder. */
  dir?: string;
  /** Ports of the primary then each replica; default free ports. */
  ports?: number[];
}

/** The data folders of the servers made in `dir` (primary, replica1, …). */
export function postgresDataDirs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => /^(primary|replica\d+)$/.test(d) && fs.existsSync(path.join(dir, d, 'PG_VERSION')))
    .sort()
    .reverse() // replicas before the primary
    .map((d) => path.join(dir, d));
}

/** Stops every server running in `dir` (fast shutdown, replicas first); returns the data folders stopped. */
export async function stopPostgresIn(dir: string): Promise<string[]> {
  const cmd = postgresCommand(postgresBinDir(), await postgresUid());
  const stopped: string[] = [];
  for (const data of postgresDataDirs(dir)) {
    if (!fs.existsSync(path.join(data, 'postmaster.pid'))) continue;
    await cmd.run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).then(
      () => stopped.push(data),
      () => undefined, // a stale pid file: nothing runs there
    );
  }
  return stopped;
}

export async function startReplicatedPostgres(opts: ReplicatedPostgresOptions): Promise<ReplicatedPostgres> {
  const bin = postgresBinDir();
  const temporary = !opts.dir;
  const dir = opts.dir ? path.resolve(opts.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'trace-repl-'));
  fs.mkdirSync(dir, { recursive: true });
  const uid = await postgresUid();
  if (uid !== null) fs.chownSync(dir, uid, uid);
  const cmd = postgresCommand(bin, uid);
  const started = new Set<string>();
  const ports = opts.ports ?? [];
  const portOf = async (i: number) => ports[i] ?? (await freePort());

  const node = (name: string, port: number): Node => {
    const data = path.join(dir, name);
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
    return {
      name,
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async start() {
        await cmd.run('pg_ctl', ['-D', data, '-o', settings, '-l', path.join(dir, `${name}.log`), '-w', 'start']);
        started.add(data);
      },
      async stop() {
        await cmd.run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        started.delete(data);
      },
    };
  };
  const withDb = (n: Node): Node => ({ ...n, url: `postgres://postgres@127.0.0.1:${n.port}/${opts.database}` });

  const query = async <T>(n: Node, sql: string): Promise<T[]> => {
    const c = new pg.Client({ host: '127.0.0.1', port: n.port, user: 'postgres', database: 'postgres' });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  };

  // A process that dies leaves no server behind.
  const onExit = () => {
    for (const data of started) {
      try {
        cmd.runSync('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    if (temporary) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const stopAll = async (mode: 'fast' | 'immediate') => {
    process.off('exit', onExit);
    for (const data of [...started].reverse()) {
      await cmd.run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']).catch(() => undefined);
      started.delete(data);
    }
  };
  const destroy = async () => {
    await stopAll('immediate');
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const primary = node('primary', await portOf(0));
    await cmd.run('initdb', ['-D', path.join(dir, 'primary'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    // fsync off: a cluster on one machine for trying and testing loses nothing it needs on a clean stop;
    // WAL is still written and shipped.
    fs.appendFileSync(
      path.join(dir, 'primary', 'postgresql.conf'),
      [
        '',
        'wal_level = replica',
        'max_wal_senders = 10',
        'max_replication_slots = 10',
        'fsync = off',
        // Up to eight API servers with a pool of ten each, and the tests' own sessions.
        'max_connections = 200',
        'wal_keep_size = 64MB',
        '',
      ].join('\n'),
    );
    await primary.start();
    await query(primary, `create database ${opts.database}`);
    const replicas: Node[] = [];
    for (let i = 1; i <= opts.replicas; i++) {
      const replica = node(`replica${i}`, await portOf(i));
      await query(primary, `select pg_create_physical_replication_slot('replica${i}')`);
      await cmd.run('pg_basebackup', [
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-D',
        path.join(dir, replica.name),
        '-R',
        '-S',
        `replica${i}`,
        '-X',
        'stream',
        '-c',
        'fast',
        '--no-sync',
      ]);
      await replica.start();
      replicas.push(replica);
    }
    return {
      primary: withDb(primary),
      replicas: replicas.map(withDb),
      query,
      async caughtUp() {
        const [{ lsn }] = await query<{ lsn: string }>(primary, 'select pg_current_wal_lsn()::text as lsn');
        const deadline = Date.now() + 30_000;
        for (const r of replicas) {
          if (!started.has(path.join(dir, r.name))) continue;
          for (;;) {
            const [row] = await query<{ ok: boolean }>(r, `select pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn as ok`);
            if (row.ok) break;
            if (Date.now() > deadline) throw new Error(`${r.name} did not replay ${lsn}`);
            await new Promise((res) => setTimeout(res, 20));
          }
        }
      },
      stop: () => stopAll('fast'),
      destroy,
    };
  } catch (err) {
    await destroy();
    throw err;
  }
}

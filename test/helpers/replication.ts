import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, postgresBinDir } from './services';

/**
 * A primary and streaming replicas of its own on loopback ports, for the replica tests and the fault
 * tests: `initdb`, then for each replica a physical replication slot and `pg_basebackup -R -S` (the
 * standby settings written for it), all in one temporary folder, as user postgres when run as root
 * (PostgreSQL refuses root). `destroy()` stops every server and removes the folder.
 */

const run = promisify(execFile);

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
  destroy(): Promise<void>;
}

async function postgresUid(): Promise<number | null> {
  if (process.getuid?.() !== 0) return null;
  return Number((await run('id', ['-u', 'postgres'])).stdout.trim());
}

export async function startReplicatedPostgres(opts: {
  replicas: number;
  database: string;
}): Promise<ReplicatedPostgres> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-repl-'));
  const uid = await postgresUid();
  if (uid !== null) fs.chownSync(dir, uid, uid);
  const sh = (cmd: string, args: string[]) =>
    uid !== null
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args])
      : run(path.join(bin, cmd), args);
  const started = new Set<string>();

  const node = (name: string, port: number): Node => {
    const data = path.join(dir, name);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
    return {
      name,
      port,
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async start() {
        await sh('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, `${name}.log`), '-w', 'start']);
        started.add(data);
      },
      async stop() {
        await sh('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
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

  // A test process that dies leaves no server behind.
  const onExit = () => {
    for (const data of started) {
      try {
        const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
        if (uid !== null)
          execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' });
        else execFileSync(path.join(bin, 'pg_ctl'), args, { stdio: 'ignore' });
      } catch {
        // already stopped
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const destroy = async () => {
    process.off('exit', onExit);
    for (const data of started)
      await sh('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const primary = node('primary', await freePort());
    await sh('initdb', ['-D', path.join(dir, 'primary'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
    // fsync off: a test cluster loses nothing it needs on a clean stop; WAL is still written and shipped.
    fs.appendFileSync(
      path.join(dir, 'primary', 'postgresql.conf'),
      [
        '',
        'wal_level = replica',
        'max_wal_senders = 10',
        'max_replication_slots = 10',
        'fsync = off',
        'max_connections = 60',
        'wal_keep_size = 64MB',
        '',
      ].join('\n'),
    );
    await primary.start();
    await query(primary, `create database ${opts.database}`);
    const replicas: Node[] = [];
    for (let i = 1; i <= opts.replicas; i++) {
      const replica = node(`replica${i}`, await freePort());
      await query(primary, `select pg_create_physical_replication_slot('replica${i}')`);
      await sh('pg_basebackup', [
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
    const cluster: ReplicatedPostgres = {
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
      destroy,
    };
    return cluster;
  } catch (err) {
    await destroy();
    throw err;
  }
}

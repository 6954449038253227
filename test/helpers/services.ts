import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Private PostgreSQL and Redis servers on loopback, for the fault tests: they are stopped and started
 * on purpose, which the machine's shared servers must never be. Both come from the machine's own
 * packages (STACK.md); under CI=true a missing binary fails the test instead of skipping it.
 */

const run = promisify(execFile);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });

export interface PrivateRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server of its own on a free port, keeping nothing on disk. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const start = async () => {
    proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitFor(() => portAnswers(port), `redis-server on ${port}`);
  };
  const stop = async () => {
    const p = proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
    proc = null;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop };
}

export interface PrivatePostgres {
  url: string;
  /** Stops the server (fast shutdown: sessions are terminated). */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort()
    : [];
  if (!versions.length)
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) are not installed under /usr/lib/postgresql');
  return path.join(root, versions[versions.length - 1], 'bin');
}

/** A PostgreSQL cluster of its own in a temporary folder, on a free port (as user postgres when run as root: initdb refuses root). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(stdout.trim()));
  }
  const sh = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]) : run(path.join(bin, cmd), args);
  const port = await freePort();
  await sh('initdb', ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const start = async () => {
    await sh('pg_ctl', ['-D', path.join(dir, 'data'), '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
  };
  const stop = async () => {
    await sh('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      await sh('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivatePgBouncer {
  /** `target` with PgBouncer's port. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PgBouncer (the machine's package, 1.18) on a free port in front of the PostgreSQL server of `target`,
 * in transaction mode with `poolSize` server connections per database: each transaction may run on
 * another client's server session.
 */
export async function startPgBouncer(target: string, poolSize: number): Promise<PrivatePgBouncer> {
  const binary = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((b) => fs.existsSync(b));
  if (!binary) throw new Error('pgbouncer is not installed (apt-get install pgbouncer)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-pgbouncer-'));
  const t = new URL(target);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'users.txt'), `"${decodeURIComponent(t.username)}" ""\n`);
  fs.writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${t.hostname} port=${t.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 100',
      `logfile = ${path.join(dir, 'log')}`,
      'ignore_startup_parameters = extra_float_digits',
    ].join('\n'),
  );
  // PgBouncer refuses to run as root.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    fs.chownSync(dir, Number(stdout.trim()), Number(stdout.trim()));
    for (const f of fs.readdirSync(dir)) fs.chownSync(path.join(dir, f), Number(stdout.trim()), Number(stdout.trim()));
  }
  const args = [path.join(dir, 'pgbouncer.ini')];
  const proc = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', binary, ...args], { stdio: 'ignore' })
    : spawn(binary, args, { stdio: 'ignore' });
  await waitFor(() => portAnswers(port), `pgbouncer on ${port}`);
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedisCluster {
  /** `127.0.0.1:port` of every node, masters first. */
  nodes: string[];
  ports: number[];
  /** Kills a node at once (SIGKILL), as a crash would. */
  kill(port: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A Redis Cluster of its own on loopback ports: three masters with a replica each (`redis-cli --cluster
 * create`), nothing on disk but the nodes' own files, a 1 s node timeout so that a replica takes over
 * soon after its master dies.
 */
export async function startRedisCluster(): Promise<PrivateRedisCluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-redis-cluster-'));
  const ports: number[] = [];
  for (let i = 0; i < 6; i++) ports.push(await freePort());
  const procs = new Map<number, ChildProcess>();
  for (const port of ports) {
    procs.set(
      port,
      spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          path.join(dir, `nodes-${port}.conf`),
          '--cluster-node-timeout',
          '1000',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ],
        { stdio: 'ignore' },
      ),
    );
  }
  const stop = async () => {
    await Promise.all(
      [...procs.values()].map(async (p) => {
        if (p.exitCode !== null || p.signalCode !== null) return;
        const exited = new Promise((r) => p.once('exit', r));
        p.kill('SIGKILL');
        await exited;
      }),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitFor(() => portAnswers(port), `redis-server on ${port}`);
    await run('redis-cli', [
      '--cluster',
      'create',
      ...ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '1',
      '--cluster-yes',
    ]);
    await waitFor(
      async () => {
        for (const port of ports) {
          const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
          if (!stdout.includes('cluster_state:ok')) return false;
        }
        return true;
      },
      'the cluster to be ok',
      30_000,
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    nodes: ports.map((p) => `127.0.0.1:${p}`),
    ports,
    async kill(port) {
      const p = procs.get(port)!;
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;
    },
    stop,
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, portAnswers, requireBinary, run, waitFor } from './processes';

export interface RedisClusterNodes {
  /** `127.0.0.1:port` of every node, masters first. */
  nodes: string[];
  ports: number[];
  /** Kills a node at once (SIGKILL), as a crash would. */
  kill(port: number): Promise<void>;
  /** Stops every node (SIGTERM: with nothing to save, at once); removes a temporary folder. */
  stop(): Promise<void>;
}

export interface RedisClusterOptions {
  /** Folder of the nodes' files (made if missing); default a temporary folder, removed on stop. */
  dir?: string;
  /** Six ports, masters first; default free ports. */
  ports?: number[];
  /** Added to the nodes' environment. */
  env?: Record<string, string>;
  /** Each node in a process group of its own, so that a Ctrl-C meant for the parent does not reach it. */
  detached?: boolean;
}

/**
 * A Redis Cluster on loopback ports: three masters with a replica each (`redis-server --cluster-enabled`,
 * then `redis-cli --cluster create … --cluster-replicas 1`), nothing on disk but the nodes' own files, a 1 s
 * node timeout so that a replica takes over soon after its master dies.
 */
export async function startRedisCluster(opts: RedisClusterOptions = {}): Promise<RedisClusterNodes> {
  const server = requireBinary('redis-server', 'redis-server');
  const cli = requireBinary('redis-cli', 'redis-tools');
  const temporary = !opts.dir;
  const dir = opts.dir ? path.resolve(opts.dir) : fs.mkdtempSync(path.join(os.tmpdir(), 'trace-redis-cluster-'));
  fs.mkdirSync(dir, { recursive: true });
  const ports = opts.ports ? [...opts.ports] : [];
  while (ports.length < 6) ports.push(await freePort());
  const procs = new Map<number, ChildProcess>();
  for (const port of ports) {
    const log = fs.openSync(path.join(dir, `redis-${port}.log`), 'a');
    procs.set(
      port,
      spawn(
        server,
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          path.join(dir, `nodes-${port}.conf`),
          // A node unreachable this long is failed over: short, for a quick take-over here, yet long enough
          // that a loaded machine does not fail over healthy masters that answered late.
          '--cluster-node-timeout',
          '3000',
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ],
        {
          stdio: ['ignore', log, log],
          cwd: dir,
          env: { ...process.env, ...opts.env },
          detached: opts.detached ?? false,
        },
      ),
    );
    fs.closeSync(log);
  }
  const signalAll = async (signal: NodeJS.Signals) => {
    await Promise.all(
      [...procs.values()].map(async (p) => {
        if (p.exitCode !== null || p.signalCode !== null) return;
        const exited = new Promise((r) => p.once('exit', r));
        p.kill(signal);
        await exited;
      }),
    );
  };
  const stop = async () => {
    await signalAll('SIGTERM');
    if (temporary) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitFor(() => portAnswers(port), `redis-server on ${port}`);
    await run(cli, [
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
          const { stdout } = await run(cli, ['-p', String(port), 'cluster', 'info']);
          if (!stdout.includes('cluster_state:ok')) return false;
        }
        return true;
      },
      'the cluster to be ok',
      30_000,
    );
  } catch (err) {
    await signalAll('SIGKILL');
    if (temporary) fs.rmSync(dir, { recursive: true, force: true });
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

import fs from 'node:fs';
import path from 'node:path';
import { apiServer, serverScript, type ApiServer } from './api-server';
import { startBalancer, type Balancer } from './balancer';
import { postgresDataDirs, startReplicatedPostgres, stopPostgresIn, type ReplicatedPostgres } from './postgres';
import {
  alive,
  ClusterError,
  EXIT,
  freePort,
  MARKER,
  portFree,
  postgresBinDir,
  processesMarked,
  requireBinary,
  waitFor,
} from './processes';
import { startRedisCluster, type RedisClusterNodes } from './redis-cluster';

/**
 * The whole topology of a provincial deployment on this machine (`npm run cluster`): a PostgreSQL 15
 * primary with two streaming replicas, a Redis Cluster of three masters with a replica each, several API
 * servers reading from the replicas and sharing the Redis Cluster, and HAProxy in front. Every process runs
 * on 127.0.0.1 with its files and logs in one folder.
 */

export interface ClusterOptions {
  /** Folder of the data and logs; made if missing, emptied at start. */
  dir: string;
  /** Number of API servers (1 to 8, default 2). */
  servers?: number;
  /** First port of the block the cluster takes (see `portPlan`); 'auto': any free ports. */
  basePort?: number | 'auto';
  /** Added to every API server's settings (RATE_LIMIT_PER_ADDRESS, LOG_LEVEL, …). */
  serverEnv?: Record<string, string>;
  /** Processes in their own process groups, so that a Ctrl-C reaches only the command, which stops them in order. */
  detached?: boolean;
  /** Progress, one line per step. */
  log?: (line: string) => void;
}

export interface Ports {
  balancer: number;
  servers: number[];
  /** HAProxy's statistics page. */
  stats: number;
  /** Primary, then the replicas. */
  postgres: number[];
  /** Six nodes, masters first. */
  redis: number[];
}

export const DEFAULT_BASE_PORT = 7400;
export const MAX_SERVERS = 8;

/** The block of ports from `base`: balancer `base`, API servers `base+1…`, statistics `base+9`, PostgreSQL `base+10…12`, Redis `base+20…25`. */
export function portPlan(base: number, servers: number): Ports {
  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  return {
    balancer: base,
    servers: range(base + 1, servers),
    stats: base + 9,
    postgres: range(base + 10, 3),
    redis: range(base + 20, 6),
  };
}

async function freePorts(servers: number): Promise<Ports> {
  const taken = new Set<number>();
  const next = async () => {
    for (;;) {
      const p = await freePort();
      if (!taken.has(p)) {
        taken.add(p);
        return p;
      }
    }
  };
  const many = async (n: number) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(await next());
    return out;
  };
  return {
    balancer: await next(),
    servers: await many(servers),
    stats: await next(),
    postgres: await many(3),
    redis: await many(6),
  };
}

export interface LocalCluster {
  dir: string;
  ports: Ports;
  /** The balancer's URL: what clients use. */
  url: string;
  postgres: ReplicatedPostgres;
  redis: RedisClusterNodes;
  servers: ApiServer[];
  balancer: Balancer;
  /** What runs where, for people. */
  describe(): string;
  /** Stops everything in order (balancer, API servers, Redis, PostgreSQL replicas then primary); the files stay. */
  stop(): Promise<void>;
}

const STATE_FILE = 'cluster.json';

/** Refuses a folder in use, or one that holds something else; else empties it. */
async function prepareDir(dir: string): Promise<void> {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length && !entries.includes(STATE_FILE))
      throw new ClusterError(`${dir} is not empty and holds no cluster: choose another folder (--dir)`, EXIT.USAGE);
    const running =
      processesMarked(dir).length > 0 ||
      postgresDataDirs(path.join(dir, 'pg')).some((d) => {
        const pidFile = path.join(d, 'postmaster.pid');
        return fs.existsSync(pidFile) && alive(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]));
      });
    if (running)
      throw new ClusterError(
        `a cluster is still running from ${dir}: stop it with npm run cluster -- stop --dir ${dir}`,
        EXIT.RUNNING,
      );
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
}

export async function startCluster(opts: ClusterOptions): Promise<LocalCluster> {
  const dir = path.resolve(opts.dir);
  const count = opts.servers ?? 2;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SERVERS)
    throw new ClusterError(`the number of API servers must be 1 to ${MAX_SERVERS}, not ${count}`, EXIT.USAGE);
  const log = opts.log ?? (() => undefined);

  // Everything needed is there before anything starts.
  postgresBinDir();
  requireBinary('redis-server', 'redis-server');
  requireBinary('redis-cli', 'redis-tools');
  requireBinary('haproxy', 'haproxy');
  serverScript();

  const base = opts.basePort ?? DEFAULT_BASE_PORT;
  let ports: Ports;
  if (base === 'auto') ports = await freePorts(count);
  else {
    if (!Number.isInteger(base) || base < 1024 || base + 25 > 65535)
      throw new ClusterError(`the base port must be 1024 to 65510, not ${base}`, EXIT.USAGE);
    ports = portPlan(base, count);
    const named: [string, number][] = [
      ['the balancer', ports.balancer],
      ...ports.servers.map((p, i): [string, number] => [`API server ${i + 1}`, p]),
      ['the balancer statistics', ports.stats],
      ...ports.postgres.map((p, i): [string, number] => [i ? `PostgreSQL replica ${i}` : 'the PostgreSQL primary', p]),
      ...ports.redis.map((p): [string, number] => ['a Redis Cluster node', p]),
    ];
    for (const [what, port] of named)
      if (!(await portFree(port)))
        throw new ClusterError(
          `port ${port} (for ${what}) is taken: stop what uses it or choose another --base-port`,
          EXIT.PORT_TAKEN,
        );
  }

  await prepareDir(dir);
  fs.writeFileSync(path.join(dir, STATE_FILE), JSON.stringify({ startedAt: new Date().toISOString(), ports }, null, 2));
  const env = { [MARKER]: dir };
  const detached = opts.detached ?? false;

  const started: { stop(): Promise<void> }[] = [];
  // A command that dies leaves nothing behind (PostgreSQL has its own guard).
  const onExit = () => {
    for (const pid of processesMarked(dir))
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
  };
  process.once('exit', onExit);
  const stopStarted = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    started.length = 0;
    process.off('exit', onExit);
  };

  try {
    log('starting PostgreSQL (a primary, two streaming replicas) and a Redis Cluster (three masters, three replicas)');
    const [postgres, redis] = await Promise.all([
      startReplicatedPostgres({ replicas: 2, database: 'trace', dir: path.join(dir, 'pg'), ports: ports.postgres }),
      startRedisCluster({ dir: path.join(dir, 'redis'), ports: ports.redis, env, detached }),
    ]);
    started.push(postgres, redis);

    const balancerUrl = `http://127.0.0.1:${ports.balancer}`;
    const servers = ports.servers.map((port, i) =>
      apiServer({
        name: `api-${i + 1}`,
        port,
        dir,
        detached,
        env: {
          ...env,
          DATABASE_URL: postgres.primary.url,
          DATABASE_REPLICA_URLS: postgres.replicas.map((r) => r.url).join(','),
          REDIS_URL: '',
          REDIS_CLUSTER_NODES: redis.nodes.join(','),
          TRUST_PROXY: 'true',
          PUBLIC_BASE_URL: balancerUrl,
          // Each server's sessions are named in pg_stat_activity.
          PGAPPNAME: `api-${i + 1}`,
          ...opts.serverEnv,
        },
      }),
    );
    started.push({ stop: () => Promise.all(servers.map((s) => s.stop())).then(() => undefined) });
    // The first migrates the empty database and loads the demo data; the others then find both done.
    log(`starting ${servers[0].name} (it migrates the database and loads the demo data)`);
    await servers[0].start();
    if (servers.length > 1) {
      log(
        `starting ${servers
          .slice(1)
          .map((s) => s.name)
          .join(', ')}`,
      );
      await Promise.all(servers.slice(1).map((s) => s.start()));
    }

    log('starting HAProxy');
    const balancer = await startBalancer({
      dir,
      port: ports.balancer,
      statsPort: ports.stats,
      statsSocket: path.join(dir, 'haproxy.sock'),
      servers: servers.map((s) => ({ name: s.name, port: s.port })),
      env,
      detached,
    });
    started.push(balancer);
    await waitFor(
      async () => (await balancer.servers()).every((s) => s.status === 'UP'),
      'HAProxy to see every API server up',
      30_000,
    );

    const cluster: LocalCluster = {
      dir,
      ports,
      url: balancer.url,
      postgres,
      redis,
      servers,
      balancer,
      describe: () =>
        [
          `Balancer (HAProxy)      ${balancer.url}   GraphQL ${balancer.url}/graphql   console http://localhost:${ports.balancer}/console`,
          `  statistics            http://127.0.0.1:${ports.stats}/   config ${balancer.configFile}`,
          ...servers.map((s) => `API server ${s.name.padEnd(12)} ${s.url}   log ${path.join(dir, `${s.name}.log`)}`),
          `PostgreSQL primary      ${postgres.primary.url}`,
          ...postgres.replicas.map((r) => `  streaming ${r.name.padEnd(11)} ${r.url}`),
          `Redis Cluster           masters ${redis.nodes.slice(0, 3).join(' ')}`,
          `                        replicas ${redis.nodes.slice(3).join(' ')}`,
          `Data and logs           ${dir}`,
        ].join('\n'),
      stop: stopStarted,
    };
    return cluster;
  } catch (err) {
    await stopStarted();
    throw err;
  }
}

/**
 * Stops a cluster left running from `dir` (its command killed, or another terminal): every process that
 * carries the folder's marker, then the PostgreSQL servers of its data folders. Returns how many were stopped.
 */
export async function stopClusterIn(dirGiven: string): Promise<number> {
  const dir = path.resolve(dirGiven);
  if (!fs.existsSync(path.join(dir, STATE_FILE))) return 0;
  const pids = processesMarked(dir);
  for (const pid of pids)
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // gone
    }
  await waitFor(async () => pids.every((p) => !alive(p)), 'the processes to stop', 30_000).catch(() => {
    for (const p of pids.filter(alive)) process.kill(p, 'SIGKILL');
  });
  const databases = await stopPostgresIn(path.join(dir, 'pg'));
  return pids.length + databases.length;
}

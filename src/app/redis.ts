import Redis, { Cluster } from 'ioredis';

/**
 * Redis for the page cache, rate limits and messages between instances: one server (`REDIS_URL`) or a
 * Redis Cluster (`REDIS_CLUSTER_NODES`, some of its nodes as `host:port`; the client learns the rest).
 * Nothing here spans keys: each cache entry, counter and lock is one key, so commands and MULTI blocks
 * never cross slots and need no hash tags; where several keys are dropped together (a flush of the page
 * cache) each goes on its own and a scan visits every master.
 */
export type RedisClient = Redis | Cluster;

/** Where Redis is: one server, or the seed nodes of a cluster. */
export type RedisTarget = { url: string } | { clusterNodes: string[] };

/** `REDIS_CLUSTER_NODES=host:port,host:port` to the list ioredis takes. */
export function clusterNodesOf(list: string[]): { host: string; port: number }[] {
  return list.map((n) => {
    const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(n.trim());
    if (!m) throw new Error(`REDIS_CLUSTER_NODES: "${n}" is not host:port`);
    return { host: m[1], port: Number(m[2]) };
  });
}

/** The same behaviour for one server and for a cluster: fail fast, never queue, keep reconnecting. */
const FAST = { maxRetriesPerRequest: 0, commandTimeout: 250, connectTimeout: 1000 } as const;

export function redisClient(target: RedisTarget, opts: { lazyConnect?: boolean; fast?: boolean } = {}): RedisClient {
  const fast = opts.fast ?? true;
  if ('url' in target) {
    return new Redis(target.url, {
      lazyConnect: opts.lazyConnect,
      ...(fast
        ? { ...FAST, enableOfflineQueue: false, retryStrategy: (times: number) => Math.min(times * 200, 2000) }
        : {}),
    });
  }
  return new Cluster(clusterNodesOf(target.clusterNodes), {
    lazyConnect: opts.lazyConnect,
    // While a master fails over, commands for its slots fail at once (callers fall back) instead of queueing.
    enableOfflineQueue: !fast,
    clusterRetryStrategy: (times) => Math.min(times * 200, 2000),
    // Slots are looked up again soon after a failover moves them.
    slotsRefreshInterval: 2000,
    retryDelayOnFailover: 100,
    redisOptions: fast ? FAST : {},
  });
}

/**
 * A Redis client for caching and rate limits that never makes a request wait for Redis: commands fail
 * at once while it is disconnected (no offline queue) and after 250 ms when it hangs, and callers fall
 * back to PostgreSQL or to in-process state. It keeps reconnecting in the background.
 */
export function commandClient(
  target: string | RedisTarget,
  log: (err: unknown) => void = () => undefined,
): RedisClient {
  const client = redisClient(typeof target === 'string' ? { url: target } : target);
  let reported = false;
  client.on('error', (err) => {
    // One line per outage, not one per retry.
    if (!reported) log(err);
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
  return client;
}

/** Each master of a cluster, or the one server: for commands that visit every node (SCAN). */
export function mastersOf(client: RedisClient): Redis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

import { print } from 'graphql';
import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisBus } from '../src/app/bus';
import { clusterNodesOf } from '../src/app/redis';
import { DEMO_LOTS } from '../seeds/demo';
import { LotTraceDocument } from './generated/graphql';
import { startDemoHarness, type Harness } from './helpers/harness';
import { startRedisCluster, type PrivateRedisCluster } from './helpers/services';
import { until } from './helpers/wait';

/**
 * REDIS_CLUSTER_NODES: the page cache, rate limits and messages between instances on a Redis Cluster of the
 * test's own (three masters with a replica each, on loopback ports), with keys on different nodes, and a
 * master killed under load.
 */

let cluster: PrivateRedisCluster;
let h: Harness;
let probe: Cluster;
let ns: string;

const lots = Object.values(DEMO_LOTS);
const scan = (lot: (typeof lots)[number], lang: 'zh' | 'en') =>
  h.http.app.inject({
    method: 'GET',
    url: `/01/0${lot.gtin}/10/${lot.lotNumber}?lang=${lang}`,
    headers: { accept: 'text/html' },
  });
const trace = (lot: (typeof lots)[number]) =>
  h.http.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: { query: print(LotTraceDocument), variables: { gtin: lot.gtin, lotNumber: lot.lotNumber } },
  });

/** The master that holds `key` now, as `127.0.0.1:port`. */
async function ownerOf(key: string): Promise<string> {
  const slot = Number(await probe.cluster('KEYSLOT', key));
  const ranges = (await probe.cluster('SLOTS')) as unknown as [number, number, [string, number]][];
  const [, , [host, port]] = ranges.find(([from, to]) => slot >= from && slot <= to)!;
  return `${host}:${port}`;
}

async function keysByMaster(pattern: string): Promise<number[]> {
  return Promise.all(probe.nodes('master').map(async (n) => (await n.keys(pattern)).length));
}

beforeAll(async () => {
  cluster = await startRedisCluster();
  // Requests come as fast as the machine answers, from one address, for as long as a failover takes: the
  // API's per-address limit is raised out of reach here (the limits themselves are counted on the cluster below).
  h = await startDemoHarness({
    redisCluster: cluster.nodes,
    requestLimits: { perKeyPerMinute: 1_000_000, perAddressPerMinute: 1_000_000 },
  });
  ns = `test:${new URL(h.url).pathname.slice(1)}`;
  probe = new Cluster(clusterNodesOf(cluster.nodes));
  probe.on('error', () => undefined);
}, 120_000);
afterAll(async () => {
  probe?.disconnect();
  await h?.close();
  await cluster?.stop();
});

describe('Redis Cluster', () => {
  it('keeps the page cache and the rate limits on several masters, and carries messages to every instance', async () => {
    for (const lot of lots)
      for (const lang of ['zh', 'en'] as const) expect((await scan(lot, lang)).statusCode).toBe(200);
    for (const lot of lots) expect((await trace(lot)).statusCode).toBe(200);
    const pages = await keysByMaster(`${ns}:scan:*`);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(lots.length);
    expect(pages.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect((await keysByMaster(`${ns}:rl:*`)).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    // Another instance hears what this one publishes, whichever node each is connected to.
    const other = await redisBus({ clusterNodes: cluster.nodes.slice(3) });
    try {
      const heard: unknown[] = [];
      other.subscribe('test.cluster', (m) => heard.push(m));
      await other.listening('test.cluster');
      await until(async () => {
        await h.http.services.bus.publish('test.cluster', { n: 1 });
        return heard.length > 0;
      }, 'the message to reach the other instance');
      expect(heard[0]).toEqual({ n: 1 });
    } finally {
      await other.close();
    }
  });

  it('a master killed under load: no scan fails; limits and the page cache resume once its replica takes over', async () => {
    // A cached page, and the master that holds it: the one to kill.
    for (const lot of lots) expect((await scan(lot, 'zh')).statusCode).toBe(200);
    const [pageKey] = (await Promise.all(probe.nodes('master').map((n) => n.keys(`${ns}:scan:*`)))).flat();
    const gtin = pageKey.slice(pageKey.lastIndexOf(':') + 1);
    const victim = await ownerOf(pageKey);
    // Its replica in step first (on a loaded machine a master may have failed over on its own before).
    const victimNode = probe.nodes('master').find((n) => `${n.options.host}:${n.options.port}` === victim)!;
    await until(
      async () => /slave0:.*state=online/.test(await victimNode.info('replication')),
      'the master to kill to have its replica in step',
    );
    let running = true;
    const results: number[] = [];
    const loops = Array.from({ length: 4 }, async (_, worker) => {
      for (let i = 0; running; i++) {
        const l = lots[(worker + i) % lots.length];
        const r = worker % 2 ? await trace(l) : await scan(l, i % 2 ? 'en' : 'zh');
        results.push(r.statusCode);
        await new Promise((res) => setImmediate(res));
      }
    });
    try {
      await until(() => results.length >= 20, 'requests under way');
      await cluster.kill(Number(victim.split(':')[1]));
      await until(
        async () => (await ownerOf(pageKey)) !== victim,
        'a replica to take over the slots of the killed master',
      );
      const during = results.length;
      await until(() => results.length >= during + 20, 'requests after the failover');

      // The page cache writes to the new master again…
      const { pages, limiter } = h.http.services;
      await until(async () => {
        await pages.set(gtin, 'probe|zh', '<p>probe</p>', pages.epoch(gtin));
        return (await probe.hget(pageKey, 'probe|zh')) === '<p>probe</p>';
      }, 'the page cache to write to the new master');
      // …and so do the limits: fifty counters, spread over every master (the new one among them), all count.
      await until(async () => {
        for (let k = 0; k < 50; k++) await limiter.hit({ name: 'probe', limit: 1000, windowSeconds: 60 }, `k${k}`);
        return (await keysByMaster(`${ns}:rl:probe:*`)).reduce((a, b) => a + b, 0) === 50;
      }, 'the rate limits to count on every master');
    } finally {
      running = false;
      await Promise.all(loops);
    }
    expect(results.filter((s) => s !== 200)).toEqual([]);
  }, 120_000);
});

import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, stopClusterIn, type LocalCluster } from '../src/cluster/cluster';
import { ClusterError, EXIT, portAnswers, processesMarked } from '../src/cluster/processes';
import { hashKey } from '../src/modules/api-key/api-key.service';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { LotTraceDocument } from './generated/graphql';
import { until } from './helpers/wait';

/**
 * `npm run cluster`'s topology as real processes (PostgreSQL primary and two streaming replicas, a Redis
 * Cluster, two API servers built by `npm run build`, HAProxy), and one API server killed behind the balancer
 * under a steady load of reads: no read fails, the reads in flight on it are replayed on the other server,
 * a mutation in flight on it is not, and the server restarted is taken back. Then the cluster stops and
 * nothing of it runs.
 */

let cluster: LocalCluster;
let dir: string;

const lots = Object.values(DEMO_LOTS);
const traceQuery = print(LotTraceDocument);

/** A scan page, as a phone opens it. */
const scan = (lot: (typeof lots)[number], lang: string) =>
  fetch(`${cluster.url}/01/0${lot.gtin}/10/${lot.lotNumber}?lang=${lang}`, { headers: { accept: 'text/html' } });

/** A public trace as a GraphQL query sent as GET (GraphQL-over-HTTP), which the balancer may replay. */
const traceByGet = (lot: (typeof lots)[number]) => {
  const q = new URLSearchParams({
    query: traceQuery,
    variables: JSON.stringify({ gtin: lot.gtin, lotNumber: lot.lotNumber }),
  });
  return fetch(`${cluster.url}/graphql?${q}`, {
    headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
  });
};

/** Reads in a loop until stopped, each answer's status recorded (0: no answer at all). */
function steadyReads() {
  const statuses: { kind: string; status: number }[] = [];
  let running = true;
  const loops = Array.from({ length: 4 }, async (_, worker) => {
    for (let i = 0; running; i++) {
      const lot = lots[(worker + i) % lots.length];
      const kind = worker % 2 ? 'graphql' : 'scan';
      const status = await (kind === 'scan' ? scan(lot, i % 2 ? 'en' : 'zh') : traceByGet(lot)).then(
        async (r) => {
          const body = await r.text();
          // A trace answered with errors is a failure too (-1).
          return kind === 'graphql' && r.status === 200 && JSON.parse(body).errors ? -1 : r.status;
        },
        () => 0,
      );
      statuses.push({ kind, status });
    }
  });
  return {
    statuses,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function stat(name: string) {
  const s = (await cluster.balancer.servers()).find((x) => x.name === name);
  if (!s) throw new Error(`HAProxy has no server ${name}`);
  return s;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-cluster-'));
  cluster = await startCluster({
    dir,
    servers: 2,
    basePort: 'auto',
    // The load is one client far over the per-address request limit.
    serverEnv: { RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_KEY: '0', LOG_LEVEL: 'warn' },
    log: (line) => console.log(`cluster: ${line}`),
  });
}, 600_000);

afterAll(async () => {
  await cluster?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('npm run cluster', () => {
  it('serves scans and GraphQL through HAProxy from every API server, reads on the replicas', async () => {
    const before = await Promise.all(cluster.servers.map((s) => stat(s.name)));
    for (const lot of lots) {
      expect((await scan(lot, 'zh')).status).toBe(200);
      const r = await traceByGet(lot);
      expect(r.status).toBe(200);
      expect((await r.json()).data.lot.lotNumber).toBe(lot.lotNumber);
    }
    // A GET is always a read, which is what lets the balancer replay it: a mutation sent as GET is refused.
    const q = new URLSearchParams({ query: 'mutation { __typename }' });
    const refused = await fetch(`${cluster.url}/graphql?${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(refused.status).toBe(405);
    const after = await Promise.all(cluster.servers.map((s) => stat(s.name)));
    after.forEach((s, i) => expect(s.total).toBeGreaterThan(before[i].total));
    // Each server reads from the replicas and names them in its readiness.
    for (const s of cluster.servers) {
      const ready = await (await fetch(`${s.url}/readyz`)).json();
      expect(ready.databases.map((d: { role: string; state: string }) => `${d.role} ${d.state}`)).toEqual([
        'primary ok',
        'replica ok',
        'replica ok',
      ]);
    }
  });

  it('one API server killed under load: no read fails, reads in flight on it are replayed, a mutation in flight is not; restarted, it takes requests again', async () => {
    const primary = new pg.Client({ connectionString: cluster.postgres.primary.url });
    await primary.connect();
    const load = steadyReads();
    try {
      await until(() => load.statuses.length >= 20, 'reads under way');

      // A mutation held in flight: its server waits for the idempotency key's lock, which the test holds.
      const key = `cluster-test-${Date.now()}`;
      const [{ organization_id: org }] = (
        await primary.query('select organization_id from api_key where key_hash = $1', [hashKey(DEMO_KEYS.RETAILER)])
      ).rows;
      await primary.query("select pg_advisory_lock(hashtextextended($1 || '/' || $2, 0))", [org, key]);
      const mutation = fetch(`${cluster.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_KEYS.RETAILER}` },
        body: JSON.stringify({
          query: `mutation($key: String!) { custodyEventsRecord(input: { idempotencyKey: $key, events: [
            { type: SOLD, lot: "TG90OjE=", location: "TG9jYXRpb246MQ==", quantity: 1, occurredAt: "2026-11-27T09:00:00+08:00" }
          ] }) { events { id } errors { code } } }`,
          variables: { key },
        }),
      }).then(
        (r) => r.status,
        (err: Error) => `no answer (${(err.cause as Error | undefined)?.message ?? err.message})`,
      );
      const waiting = async () =>
        (
          await primary.query<{ application_name: string }>(
            "select application_name from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory'",
          )
        ).rows.map((r) => r.application_name);
      await until(async () => (await waiting()).length === 1, 'the mutation to wait for the lock');
      const [victimName] = await waiting();
      const victim = cluster.servers.find((s) => s.name === victimName)!;
      expect(victim).toBeDefined();

      // Frozen first, so that reads are certainly in flight on it when it dies: HAProxy still sends it
      // requests until its health checks fail, and they wait there unanswered.
      victim.freeze();
      await until(
        async () => (await stat(victim.name)).current >= 2,
        'reads in flight on the frozen server beside the mutation',
      );
      const inFlight = (await stat(victim.name)).current - 1;
      await victim.kill();

      // The mutation fails and is not replayed. HAProxy answers 502, or, when the request came on a kept-alive
      // connection, closes it without an answer, as a server would (a client may then retry only a safe
      // request). While the lock is still held, no other server waits for it: only the killed server's own
      // session, which PostgreSQL ends once the lock lets it go.
      const outcome = await mutation;
      expect([502, 'no answer (other side closed)']).toContain(outcome);
      expect((await waiting()).filter((n) => n !== victim.name)).toEqual([]);
      await primary.query("select pg_advisory_unlock(hashtextextended($1 || '/' || $2, 0))", [org, key]);
      await until(async () => (await waiting()).length === 0, 'the killed server’s session to end');
      const recorded = await primary.query('select 1 from idempotency_record where key = $1', [key]);
      expect(recorded.rowCount).toBe(0);

      await until(async () => (await stat(victim.name)).status.startsWith('DOWN'), 'HAProxy to take the server out');
      const afterKill = load.statuses.length;
      await until(() => load.statuses.length >= afterKill + 20, 'reads after the kill');

      // Restarted, it is checked ready and takes requests again.
      await victim.start();
      const restartedAt = (await stat(victim.name)).total;
      await until(async () => (await stat(victim.name)).status === 'UP', 'HAProxy to take the server back');
      await until(
        async () => (await stat(victim.name)).total > restartedAt + 5,
        'requests to reach the restarted server',
      );

      expect(inFlight).toBeGreaterThanOrEqual(1);
      const s = await stat(victim.name);
      expect(s.retries + s.redispatches).toBeGreaterThanOrEqual(1);
      console.log(
        `${victim.name} killed with ${inFlight} reads and a mutation in flight: the mutation ${outcome}, HAProxy ` +
          `retried ${s.retries} and redispatched ${s.redispatches} requests; ${load.statuses.length} reads so far`,
      );
    } finally {
      await load.stop();
      await primary.end();
    }
    // Every read answered, those in flight on the killed server included.
    expect(load.statuses.filter((r) => r.status !== 200)).toEqual([]);
    expect(new Set(load.statuses.map((r) => r.kind))).toEqual(new Set(['scan', 'graphql']));
  }, 180_000);

  it('refuses a port that is taken and a missing binary, with the exit code and what to do', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as net.AddressInfo).port;
    const other = path.join(dir, 'other');
    try {
      const err = await startCluster({ dir: other, basePort: port }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClusterError);
      expect((err as ClusterError).exitCode).toBe(EXIT.PORT_TAKEN);
      expect((err as Error).message).toContain(`port ${port} (for the balancer) is taken`);
    } finally {
      taken.close();
    }
    const PATH = process.env.PATH;
    process.env.PATH = path.join(dir, 'no-binaries-here');
    try {
      const err = await startCluster({ dir: other, basePort: 'auto' }).catch((e: unknown) => e);
      expect((err as ClusterError).exitCode).toBe(EXIT.MISSING_BINARY);
      expect((err as Error).message).toBe('redis-server is not installed: apt-get install redis-server');
    } finally {
      process.env.PATH = PATH;
    }
    expect(fs.existsSync(other)).toBe(false);
  });

  it('npm run cluster -- stop stops a cluster left running, and nothing of it runs afterwards', async () => {
    const ports = [
      cluster.ports.balancer,
      cluster.ports.stats,
      ...cluster.ports.servers,
      ...cluster.ports.postgres,
      ...cluster.ports.redis,
    ];
    expect(await Promise.all(ports.map(portAnswers))).toEqual(ports.map(() => true));
    // Found from the folder alone, as when the command that started them was killed: two API servers, six
    // Redis nodes and HAProxy, then the three PostgreSQL servers of its data folders.
    expect(processesMarked(dir)).toHaveLength(2 + 6 + 1);
    expect(await stopClusterIn(dir)).toBe(2 + 6 + 1 + 3);
    expect(processesMarked(dir)).toEqual([]);
    expect(await Promise.all(ports.map(portAnswers))).toEqual(ports.map(() => false));
    const pidFiles = ['primary', 'replica1', 'replica2'].filter((d) =>
      fs.existsSync(path.join(dir, 'pg', d, 'postmaster.pid')),
    );
    expect(pidFiles).toEqual([]);
    expect(await stopClusterIn(dir)).toBe(0);
    // What Ctrl-C runs (the same stop, in order, through the handles) has nothing left to do and does not fail.
    await cluster.stop();
  }, 60_000);
});

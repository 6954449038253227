import { print } from 'graphql';
import { createServer, Socket, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, migrate } from '../src/db/orm';
import { ReadRouter } from '../src/db/replicas';
import { gtin13, makeProduct, ProductCategory } from '../seeds/factories';
import type { Product } from '../src/modules/product/product.entity';
import { LotRegisterDocument, LotTraceDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { startReplicatedPostgres, type ReplicatedPostgres } from './helpers/replication';
import { makeWorld, type World } from './helpers/world';
import { load, until } from './helpers/wait';

/**
 * Reads on PostgreSQL streaming replicas of the test's own (a primary and two replicas made with
 * pg_basebackup and replication slots, on loopback ports): which reads go there, reading one's own
 * writes by commit position, lagging and stopped replicas skipped, and the primary stopped under writes.
 */

let pg: ReplicatedPostgres;
let h: Harness;
let w: World;
let toy: Product;

beforeAll(async () => {
  pg = await startReplicatedPostgres({ replicas: 2, database: 'trace' });
  const orm = await initOrm({ clientUrl: pg.primary.url, poolMax: 2 });
  await migrate(orm);
  await orm.close(true);
  // A generous bound: a read made right after a write may find a replica that has not replayed it yet.
  h = await startHarness({
    shareDb: pg.primary.url,
    replicas: { urls: pg.replicas.map((r) => r.url), maxLagSeconds: 30 },
  });
  w = await makeWorld(h);
  toy = await h.tx((em) =>
    makeProduct(em, w.producer.org, {
      gtin: gtin13(9101),
      name: '电动车',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'ride-on',
    }),
  );
  await pg.caughtUp();
  await h.http.services.reads.check();
}, 120_000);
afterAll(async () => {
  await h?.close();
  await pg?.destroy();
});

const router = () => h.http.services.reads;
const replicaReads = () =>
  router()
    .replicaStatus()
    .reduce((n, r) => n + r.reads, 0);

async function post(query: string, variables: object, headers: Record<string, string> = {}) {
  const res = await h.http.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: { query, variables },
  });
  return {
    status: res.statusCode,
    headers: res.headers,
    body: JSON.parse(res.body) as { data?: Record<string, any>; errors?: unknown[] },
  };
}

const register = (lotNumber: string) =>
  post(
    print(LotRegisterDocument),
    {
      product: toy.globalId,
      input: { lotNumber, producedOn: '2026-11-01', quantity: 10, unit: 'EACH', location: w.producer.site.globalId },
    },
    { authorization: `Bearer ${w.producer.key}` },
  );
const trace = (lotNumber: string, headers: Record<string, string> = {}) =>
  post(print(LotTraceDocument), { gtin: toy.gtin, lotNumber }, headers);

async function onReplicas(sql: string) {
  for (const r of pg.replicas) await pg.query(r, sql);
}

describe('reads on streaming replicas', () => {
  it('readiness lists the primary and each replica', async () => {
    const res = await h.http.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      databases: [
        { name: 'primary', role: 'primary', state: 'ok' },
        ...pg.replicas.map((r) => ({ name: `127.0.0.1:${r.port}`, role: 'replica', state: 'ok', lagSeconds: 0 })),
      ],
    });
  });

  it('queries read a replica; a write answers its commit position, and a read naming it sees the write', async () => {
    await onReplicas('select pg_wal_replay_pause()');
    try {
      const written = await register('RYW-1');
      expect(written.body.data?.lotRegister.errors).toEqual([]);
      const position = written.headers['commit-position'] as string;
      expect(position).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);

      // Without it: a replica answers, as it was before the write (its replay is paused).
      const [onReplica, onPrimary] = [replicaReads(), router().readsOnPrimary];
      const stale = await trace('RYW-1');
      expect(stale.status).toBe(200);
      expect(stale.body.data?.lot).toBeNull();
      expect(replicaReads()).toBe(onReplica + 1);

      // With it: no replica has replayed it, so the primary answers.
      const fresh = await trace('RYW-1', { 'read-after': position });
      expect(fresh.body.data?.lot).toMatchObject({ lotNumber: 'RYW-1' });
      expect(router().readsOnPrimary).toBe(onPrimary + 1);
    } finally {
      await onReplicas('select pg_wal_replay_resume()');
    }
    // Replayed, a replica answers a read naming the position.
    await pg.caughtUp();
    await router().check();
    const position = (await register('RYW-2')).headers['commit-position'] as string;
    await pg.caughtUp();
    await router().check();
    const primaryBefore = router().readsOnPrimary;
    const res = await trace('RYW-2', { 'read-after': position });
    expect(res.body.data?.lot).toMatchObject({ lotNumber: 'RYW-2' });
    expect(router().readsOnPrimary).toBe(primaryBefore);
  });

  it('refuses a Read-After that is not a commit position', async () => {
    const res = await trace('RYW-1', { 'read-after': 'yesterday' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });

  it('skips a replica further behind than the bound, and takes it back once it has caught up', async () => {
    const tight = await ReadRouter.open(h.orm, {
      urls: pg.replicas.map((r) => r.url),
      maxLagSeconds: 0.2,
      orm: { poolMax: 1 },
    });
    try {
      expect(tight.pick().name).not.toBe('primary');
      await onReplicas('select pg_wal_replay_pause()');
      await register('LAG-1');
      await until(async () => {
        await tight.check();
        return tight.replicaStatus().every((r) => r.state === 'lagging');
      }, 'both replicas to count as lagging');
      expect(tight.pick().name).toBe('primary');
      await onReplicas('select pg_wal_replay_resume()');
      await until(async () => {
        await tight.check();
        return tight.replicaStatus().every((r) => r.state === 'ok');
      }, 'both replicas to be in bounds again');
      expect(tight.pick().name).not.toBe('primary');
    } finally {
      await onReplicas('select pg_wal_replay_resume()').catch(() => undefined);
      await tight.close();
    }
  });
});

/** A TCP relay to a local port, whose `cut` closes it and every connection through it, as a host gone from the network. */
async function tcpRelay(to: number): Promise<{ port: number; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket().connect(to, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    cut: async () => {
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('faults', () => {
  it('a replica stopped under scan and trace load: no request fails; back, it takes reads again', async () => {
    await register('SCAN-1');
    await pg.caughtUp();
    await router().check();
    const scanUrl = `/01/${toy.gtin.padStart(14, '0')}/10/SCAN-1`;
    const reads = load(4, async (worker) => {
      // A linkset is checked against the database on every request (a scan page may come from the cache).
      if (worker % 2) {
        const r = await h.http.app.inject({ method: 'GET', url: `${scanUrl}?linkType=linkset` });
        return { status: r.statusCode, ok: r.statusCode === 200, body: r.statusCode === 200 ? '' : r.body };
      }
      const r = await trace('SCAN-1');
      const ok = r.status === 200 && !r.body.errors && r.body.data?.lot?.lotNumber === 'SCAN-1';
      return { status: r.status, ok, body: ok ? '' : JSON.stringify(r.body) };
    });
    const [stopped] = pg.replicas;
    const name = `127.0.0.1:${stopped.port}`;
    const state = () =>
      router()
        .replicaStatus()
        .find((r) => r.name === name)!;
    try {
      await until(() => reads.results.length >= 20, 'reads under way');
      await stopped.stop();
      await until(() => state().state === 'down', 'the stopped replica to be taken out');
      const during = reads.results.length;
      await until(() => reads.results.length >= during + 20, 'reads while it is down');
      await stopped.start();
      await until(() => state().state === 'ok', 'the replica to be back in');
      const readsBefore = state().reads;
      await until(() => state().reads > readsBefore, 'the replica to take reads again');
    } finally {
      await stopped.start().catch(() => undefined);
    }
    const results = await reads.stop();
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('a query that meets a replica gone since the last check runs again on the primary, and the replica is taken out', async () => {
    await register('GONE-1');
    await pg.caughtUp();
    // A replica reached through a relay that the test cuts, and a monitor that will not check it again
    // during the test: the query, not the monitor, is what finds it gone.
    const relay = await tcpRelay(pg.replicas[0].port);
    const relayed = new URL(pg.replicas[0].url);
    relayed.port = String(relay.port);
    const other = await startHarness({
      shareDb: pg.primary.url,
      replicas: { urls: [relayed.toString()], maxLagSeconds: 30, checkIntervalMs: 3_600_000 },
    });
    try {
      const reads = other.http.services.reads;
      expect(reads.replicaStatus()).toEqual([expect.objectContaining({ state: 'ok' })]);
      const query = () =>
        other.http.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'content-type': 'application/json' },
          payload: { query: print(LotTraceDocument), variables: { gtin: toy.gtin, lotNumber: 'GONE-1' } },
        });
      const before = await query();
      expect(before.json().data.lot.lotNumber).toBe('GONE-1');
      expect(reads.replicaStatus()[0].reads).toBe(1);
      const onPrimary = reads.readsOnPrimary;
      await relay.cut();
      const after = await query();
      expect({ status: after.statusCode, lot: after.json().data?.lot?.lotNumber }).toEqual({
        status: 200,
        lot: 'GONE-1',
      });
      expect(reads.replicaStatus()[0]).toMatchObject({ state: 'down', reason: 'a query found it unreachable' });
      // The run again went to the primary on its own, not through the router's choice.
      expect(reads.readsOnPrimary).toBe(onPrimary);
    } finally {
      await other.close();
      await relay.cut();
    }
  });

  it('the primary stopped under writes: writes answer 503 with Retry-After, replica reads go on, nothing acknowledged is lost', async () => {
    await register('PRIM-R');
    await pg.caughtUp();
    await router().check();
    const acknowledged: string[] = [];
    const refused: { status: number; retryAfter: unknown }[] = [];
    const writes = load(2, async (worker, i) => {
      const lotNumber = `PRIM-${worker}-${i}`;
      const r = await register(lotNumber);
      if (r.status === 200 && r.body.data?.lotRegister.lot) acknowledged.push(lotNumber);
      else refused.push({ status: r.status, retryAfter: r.headers['retry-after'] });
      return r.status;
    });
    let readsWhileDown = 0;
    let primaryDown = false;
    const reads = load(2, async () => {
      const r = await trace('PRIM-R');
      const ok = r.status === 200 && r.body.data?.lot?.lotNumber === 'PRIM-R';
      if (ok && primaryDown) readsWhileDown++;
      return ok;
    });
    try {
      await until(() => acknowledged.length >= 5, 'writes under way');
      await pg.primary.stop();
      primaryDown = true;
      await until(
        () => refused.length >= 3 && readsWhileDown >= 10,
        'writes refused and reads answered while the primary is down',
      );
      await pg.primary.start();
      primaryDown = false;
      const count = acknowledged.length;
      await until(() => acknowledged.length >= count + 5, 'writes acknowledged again');
    } finally {
      await pg.primary.start().catch(() => undefined);
    }
    await writes.stop();
    const readResults = await reads.stop();
    expect(readResults.filter((ok) => !ok)).toEqual([]);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.filter((r) => r.status !== 503 || r.retryAfter === undefined)).toEqual([]);
    const stored = await h
      .em()
      .getConnection()
      .execute<{ lot_number: string }[]>(`select lot_number from lot where lot_number like 'PRIM-%-%'`);
    // Every acknowledged write is there (one refused while its commit was under way may be there too).
    expect(acknowledged.filter((n) => !stored.some((r) => r.lot_number === n))).toEqual([]);
  });
});

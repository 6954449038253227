import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { print } from 'graphql';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { initOrm, migrate } from '../src/db/orm';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { gtin13, makeProduct, ProductCategory } from '../seeds/factories';
import { LotTraceDocument } from './generated/graphql';
import { cloneTemplate } from './helpers/db';
import { startDemoHarness, startHarness } from './helpers/harness';
import { startPrivatePostgres, startPrivateRedis } from './helpers/services';
import { makeWorld } from './helpers/world';
import { load, sleep, until } from './helpers/wait';

/**
 * Staying up through faults, on loopback with servers of the test's own: Redis stopped and started
 * while scans and queries run; PostgreSQL restarted while writes run; SIGTERM under load.
 */
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

/** Waits until `done()` holds: for something to have happened, however long the machine takes (within limits). */
describe('Redis stops while scans and queries run', () => {
  it('every request is answered; pages come from PostgreSQL while it is down; caching and limits resume', async () => {
    const redis = await startPrivateRedis();
    cleanups.push(redis.stop);
    const h = await startDemoHarness({ redisUrl: redis.url });
    cleanups.push(() => h.close());
    const ns = `test:${new URL(h.url).pathname.slice(1)}`;
    const probe = new Redis(redis.url);
    probe.on('error', () => undefined); // while it is down
    cleanups.push(async () => probe.disconnect());
    const keys = async (kind: 'scan' | 'rl') => (await probe.keys(`${ns}:${kind}:*`)).length;
    const lots = Object.values(DEMO_LOTS);
    const trace = print(LotTraceDocument);
    const scan = (lot: (typeof lots)[number], lang: 'zh' | 'en') =>
      h.http.app.inject({
        method: 'GET',
        url: `/01/0${lot.gtin}/10/${lot.lotNumber}?lang=${lang}`,
        headers: { accept: 'text/html' },
      });
    const query = (lot: (typeof lots)[number], worker: number) =>
      h.http.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: `10.9.0.${worker}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_KEYS.REGULATOR}` },
        payload: { query: trace, variables: { gtin: lot.gtin, lotNumber: lot.lotNumber } },
      });
    /** Every lot's page in `lang` and its trace, four at a time; what each answered. */
    const round = async (lang: 'zh' | 'en') => {
      const work = lots.flatMap((lot, i) => [() => scan(lot, lang), () => query(lot, i % 4)]);
      const answers: { status: number; body: string }[] = [];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let job = work.shift(); job; job = work.shift()) {
            const res = await job();
            answers.push({ status: res.statusCode, body: res.statusCode === 200 ? '' : res.body.slice(0, 200) });
          }
        }),
      );
      expect(answers).toHaveLength(lots.length * 2);
      return answers.filter((r) => r.status !== 200);
    };
    /** Whether one page is rendered from PostgreSQL (statements run) rather than served from a cache. */
    const rendered = async (lot: (typeof lots)[number], lang: 'zh' | 'en') => {
      h.resetQueries();
      expect((await scan(lot, lang)).statusCode).toBe(200);
      return h.queries.length > 0;
    };

    // Up: every answer 200; pages and limits in Redis; a page asked again comes from a cache.
    expect(await round('zh')).toEqual([]);
    expect(await keys('scan')).toBeGreaterThan(0);
    expect(await keys('rl')).toBeGreaterThan(0);
    expect(await rendered(lots[0], 'zh')).toBe(false);

    // Down: every answer 200 still; pages not in this process's memory are rendered from PostgreSQL.
    await redis.stop();
    expect(await rendered(lots[0], 'en')).toBe(true); // in no cache this process can reach
    expect(await rendered(lots[0], 'en')).toBe(false); // then in its memory
    expect(await round('en')).toEqual([]);
    expect(await rendered(lots[1], 'zh')).toBe(false); // in its memory since before the outage

    // Back: the app's clients reconnect on their own; its request limits count in Redis again.
    await redis.start();
    for (let i = 0; (await keys('rl')) === 0; i++) {
      expect((await query(lots[0], i % 4)).statusCode).toBe(200);
      await sleep(100);
    }
    // Pages cached before and during the outage are dropped (changes meanwhile may have been missed).
    expect(await rendered(lots[1], 'zh')).toBe(true);
    expect(await round('zh')).toEqual([]);
    expect(await keys('scan')).toBeGreaterThan(0);
    expect(await rendered(lots[2], 'zh')).toBe(false);
  }, 60_000);
});

describe('PostgreSQL restarts while writes run', () => {
  it('failed writes get a retryable 503, none is partial, every acknowledged write is there; readiness tells the truth', async () => {
    const pg = await startPrivatePostgres();
    cleanups.push(pg.destroy);
    const orm0 = await initOrm({ clientUrl: pg.url, poolMax: 2 });
    await migrate(orm0);
    await orm0.close(true);
    const h = await startHarness({ shareDb: pg.url });
    cleanups.push(() => h.close());
    const w = await makeWorld(h);
    const product = await h.tx((em) =>
      makeProduct(em, w.producer.org, {
        gtin: gtin13(9901),
        name: '学步车',
        category: ProductCategory.CHILDRENS_GOODS,
        subcategory: 'walker',
      }),
    );
    const register = `mutation($p: ID!, $i: LotRegisterInput!) { lotRegister(product: $p, input: $i) { lot { id } errors { code } } }`;
    const health = { livez: [] as number[], readyzDown: [] as number[] };

    const run = load(4, async (worker, i) => {
      const lotNumber = `W${worker}-${i}`;
      const res = await h.http.app.inject({
        method: 'POST',
        url: '/graphql',
        remoteAddress: `10.8.0.${worker}`,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${w.producer.key}` },
        payload: {
          query: register,
          variables: {
            p: product.globalId,
            i: { lotNumber, producedOn: '2024-09-01', quantity: 10, unit: 'EACH', location: w.producer.site.globalId },
          },
        },
      });
      if (res.statusCode === 503) await sleep(Number(res.headers['retry-after'] ?? 1) * 20); // a client backing off (shortened)
      const body = JSON.parse(res.body) as {
        data?: { lotRegister: { lot: { id: string } | null; errors: unknown[] } };
        errors?: { message: string; extensions: { code: string; retryable?: boolean } }[];
      };
      return {
        lotNumber,
        status: res.statusCode,
        retryAfter: res.headers['retry-after'],
        acknowledged: res.statusCode === 200 && !!body.data?.lotRegister.lot,
        error: body.errors?.[0] ?? null,
      };
    });
    await until(() => run.results.some((r) => r.acknowledged), 'a first acknowledged write');
    await pg.stop();
    for (let t = 0; t < 5; t++) {
      health.readyzDown.push((await h.http.app.inject({ method: 'GET', url: '/readyz' })).statusCode);
      health.livez.push((await h.http.app.inject({ method: 'GET', url: '/livez' })).statusCode);
      await sleep(150);
    }
    await pg.start();
    const restartedAt = run.results.length;
    const afterRestart = () => run.results.slice(restartedAt).some((r) => r.acknowledged);
    await until(afterRestart, 'a write acknowledged after the restart');
    const results = await run.stop();
    const readyAfter = (await h.http.app.inject({ method: 'GET', url: '/readyz' })).statusCode;

    // Every answer is a success or a clear, retryable 503: never a 500, never a stack trace.
    const failed = results.filter((r) => !r.acknowledged);
    expect(results.filter((r) => r.status !== 200 && r.status !== 503)).toEqual([]);
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      expect(f.status, JSON.stringify(f)).toBe(503);
      expect(f.retryAfter).toBe('1');
      expect(f.error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } });
      expect(JSON.stringify(f.error)).not.toMatch(/ECONN|select |insert |at .*\.js/);
    }
    // Writes go on after the restart.
    const lastAcked = results.map((r, i) => (r.acknowledged ? i : -1)).reduce((a, b) => Math.max(a, b));
    expect(lastAcked).toBeGreaterThan(results.indexOf(failed[failed.length - 1]));
    expect(health.livez.every((s) => s === 200)).toBe(true);
    expect(health.readyzDown.every((s) => s === 503)).toBe(true);
    expect(readyAfter).toBe(200);

    // Nothing acknowledged is lost, and nothing is half written: a lot is there with its PRODUCED event
    // and both ledger entries, or not at all.
    const rows = await h.em().execute<{ lot_number: string; events: string; entries: string }[]>(
      `select l.lot_number,
              (select count(*) from custody_event e where e.lot_id = l.id and e.type = 'PRODUCED') as events,
              (select count(*) from ledger_entry x where x.record_id = l.id or x.record_id in (select e.id from custody_event e where e.lot_id = l.id)) as entries
         from lot l where l.product_id = ?`,
      [product.id],
    );
    const stored = new Map(rows.map((r) => [r.lot_number, r]));
    for (const r of results.filter((x) => x.acknowledged)) expect(stored.has(r.lotNumber)).toBe(true);
    for (const r of rows)
      expect({ lot: r.lot_number, events: Number(r.events), entries: Number(r.entries) }).toEqual({
        lot: r.lot_number,
        events: 1,
        entries: 2,
      });
    const verified = await h.gql<{ ledgerVerify: { valid: boolean; entriesChecked: number } }, unknown>(
      'query($o: ID!) { ledgerVerify(organization: $o) { valid entriesChecked } }',
      { o: w.producer.org.globalId },
      w.producer.key,
    );
    expect(verified.data!.ledgerVerify).toEqual({ valid: true, entriesChecked: rows.length * 2 });
    console.log(
      `PostgreSQL restart: ${results.length} writes, ${results.length - failed.length} acknowledged and all present, ${failed.length} refused with 503, 0 partial, 0 lost`,
    );
  }, 60_000);
});

describe('SIGTERM under load', () => {
  const SERVER = path.join(__dirname, '../dist/src/server.js');

  it('finishes requests in flight, refuses new ones, and exits 0', async () => {
    const db = await cloneTemplate();
    cleanups.push(db.drop);
    const proc = spawn(process.execPath, [SERVER], {
      // Requests logged: the test knows from the log when the server holds a request, and when it heard SIGTERM.
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        PORT: '0',
        LOG_LEVEL: 'info',
        LOG_REQUESTS: 'true',
        RATE_LIMIT_PER_ADDRESS: '0',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(async () => proc.exitCode === null && proc.kill('SIGKILL'));
    let output = '';
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
      const onData = (b: Buffer) => {
        output += b.toString();
        const m = /GraphQL:\s+http:\/\/[^:]+:(\d+)\/graphql/.exec(output);
        if (m && output.includes('Lots to try')) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
    });
    const url = `http://127.0.0.1:${port}`;
    const trace = JSON.stringify({
      query: print(LotTraceDocument),
      variables: { gtin: DEMO_LOTS.rideOnToy.gtin, lotNumber: DEMO_LOTS.rideOnToy.lotNumber },
    });

    // Load: many clients querying.
    const run = load(8, async () => {
      try {
        const r = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: trace,
        });
        return {
          status: r.status,
          ok: r.status === 200 && ((await r.json()) as { data?: { lot?: unknown } }).data?.lot != null,
        };
      } catch (err) {
        await sleep(20);
        return { status: 0, ok: false, error: String((err as { cause?: { code?: string } }).cause?.code ?? err) };
      }
    });
    await until(() => run.results.filter((r) => r.ok).length >= 6, 'six answered load requests');
    // A request surely in flight: the server has its headers (and logged it), half its body comes after SIGTERM.
    let sendRest = () => undefined as unknown;
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(trace) };
      const req = http.request(`${url}/graphql?in-flight`, { method: 'POST', headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(trace.slice(0, 40));
      sendRest = () => req.end(trace.slice(40));
    });
    await until(() => output.includes('"url":"/graphql?in-flight"'), 'the server to hold the request in flight');
    proc.kill('SIGTERM');
    await until(() => output.includes('SIGTERM: finishing requests in flight'), 'the server to hear SIGTERM');
    // After SIGTERM: a new connection is refused, and readiness does not say ready.
    const late = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      (e: { cause?: { code?: string } }) => e.cause?.code ?? 'error',
    );
    expect(late).not.toBe(200);
    sendRest();
    const finished = await inFlight;
    expect(finished.status).toBe(200);
    expect((JSON.parse(finished.body) as { data: { lot: { lotNumber: string } } }).data.lot.lotNumber).toBe(
      DEMO_LOTS.rideOnToy.lotNumber,
    );
    expect(await exited).toBe(0);
    const results = await run.stop();
    // Every load request either completed or was refused before it started: none got a 500 or a cut-off answer.
    expect(
      results.filter(
        (r) =>
          !r.ok && r.status !== 503 && !['ECONNREFUSED', 'ECONNRESET'].includes((r as { error?: string }).error ?? ''),
      ),
    ).toEqual([]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(5);
    console.log(
      `SIGTERM: ${results.filter((r) => r.ok).length} load requests completed, ${results.filter((r) => !r.ok).length} refused; the in-flight request finished with 200; exit code 0`,
    );
  }, 90_000);
});

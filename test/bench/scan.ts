import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { buildHttpApp } from '../../src/app/http';
import { initOrm } from '../../src/db/orm';
import { ScanLotDocument } from '../../src/generated/operations';
import { BENCH_URL, withClient } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:scan` (after `npm run bench:data`): the consumer scan at 50 concurrent connections, in
 * one run, on this machine:
 *   (a) a bare Node `http` server returning the bytes of a cached scan page,
 *   (b) the scan page from the cache,
 *   (c) the scan page on a cache miss (every request a different lot),
 *   (d) the GraphQL consumer trace query (the scan page's own operation) over HTTP,
 *   (e) a hand-written `pg` handler answering the same data,
 * with throughput, p50 and p99, the ratios (b)/(a) and (d)/(e), and the SQL statements of a miss.
 */
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bad: number;
}

function load(name: string, opts: autocannon.Options, seconds = SECONDS): Promise<Figures> {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: seconds, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({
        name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        bad: r.non2xx + r.errors + r.timeouts,
      });
    });
  });
}

function child(args: string[]): Promise<{ port: number; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [path.join(__dirname, 'scan-servers.js'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (b: Buffer) => {
      const m = /listening (\d+)/.exec(b.toString());
      if (m) resolve({ port: Number(m[1]), proc });
    });
    proc.on('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
}

const cycle = <T>(items: T[]) => {
  let i = 0;
  return () => items[i++ % items.length];
};

async function main() {
  const lots = await withClient(
    BENCH_URL,
    async (c) =>
      (
        await c.query<{ gtin: string; lot: string }>(
          `select p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id
      where l.lot_number like 'B3-%' order by l.id limit 20000`,
        )
      ).rows,
  ).catch(() => []);
  if (lots.length < 1000) throw new Error(`No benchmark data at ${BENCH_URL}: run \`npm run bench:data\` first.`);
  const pagePath = (l: { gtin: string; lot: string }) => `/01/${l.gtin}/10/${l.lot}`;
  const html = { accept: 'text/html', 'accept-language': 'zh-CN' };

  // SQL statements of a miss, counted in process on five different lots.
  const statements: number[] = [];
  {
    let n = 0;
    const orm = await initOrm({
      clientUrl: BENCH_URL,
      poolMax: 4,
      onQuery: (msg) => {
        if (/\[query\] (?!begin|commit)/i.test(msg)) n++;
      },
    });
    const { app } = await buildHttpApp(orm, { logLevel: 'silent' });
    for (const l of lots.slice(-5)) {
      n = 0;
      const r = await app.inject({ method: 'GET', url: pagePath(l), headers: html });
      if (r.statusCode !== 200) throw new Error(`page of ${l.lot}: ${r.statusCode}`);
      statements.push(n);
    }
    await app.close();
    await orm.close(true);
  }

  const server = await startServer(BENCH_URL);
  const [cachedLot, ...missLots] = lots.slice(0, -5);
  const traceLots = missLots.splice(-200);
  const warmupMiss = missLots.splice(-2000);
  const cachedPage = await (await fetch(`${server.base}${pagePath(cachedLot)}`, { headers: html })).text();
  const pageFile = path.join(os.tmpdir(), 'bench-scan-page.html');
  fs.writeFileSync(pageFile, cachedPage);
  const bare = await child(['bare', pageFile]);
  const baseline = await child(['pg', BENCH_URL]);
  const query = print(ScanLotDocument);

  const results: Figures[] = [];
  let light: Figures | undefined;
  try {
    const bareUrl = `http://127.0.0.1:${bare.port}${pagePath(cachedLot)}`;
    const cachedUrl = `${server.base}${pagePath(cachedLot)}`;
    await load('warm-up', { url: bareUrl }, WARMUP_SECONDS);
    results.push(await load('(a) bare node http, same bytes', { url: bareUrl }));
    await load('warm-up', { url: cachedUrl, headers: html }, WARMUP_SECONDS);
    results.push(await load('(b) scan page, cached', { url: cachedUrl, headers: html }));

    const warm = cycle(warmupMiss.map(pagePath));
    await load(
      'warm-up',
      { url: server.base, headers: html, requests: [{ setupRequest: (req) => ({ ...req, path: warm() }) }] },
      WARMUP_SECONDS,
    );
    const miss = cycle(missLots.map(pagePath));
    const c = await load('(c) scan page, cache miss', {
      url: server.base,
      headers: html,
      requests: [{ setupRequest: (req) => ({ ...req, path: miss() }) }],
    });
    results.push(c);
    // The same misses below saturation, for the latency a scan sees when the server is not flooded.
    light = await load('(c) at 10 connections (for context)', {
      url: server.base,
      headers: html,
      connections: 10,
      requests: [{ setupRequest: (req) => ({ ...req, path: miss() }) }],
    });
    if (c.requests + light.requests > missLots.length)
      console.warn(
        `note: (c) sent ${c.requests + light.requests} requests for ${missLots.length} lots, so some hit the cache`,
      );

    const gqlBody = cycle(
      traceLots.map((l) => JSON.stringify({ query, variables: { gtin: l.gtin, lotNumber: l.lot } })),
    );
    const gqlOpts = {
      url: `${server.base}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: gqlBody() }) }],
    };
    const pgPath = cycle(traceLots.map((l) => `/?gtin=${l.gtin}&lot=${encodeURIComponent(l.lot)}`));
    const pgOpts = {
      url: `http://127.0.0.1:${baseline.port}`,
      requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: pgPath() }) }],
    };

    // Both answer the same lots with the same upstream and holders.
    const sample = traceLots[0];
    const viaApi = (await (
      await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { gtin: sample.gtin, lotNumber: sample.lot } }),
      })
    ).json()) as {
      data: { lot: { upstream: { nodes: { lot: { lotNumber: string } }[] }; holders: { nodes: unknown[] } } };
    };
    const viaPg = (await (
      await fetch(`http://127.0.0.1:${baseline.port}/?gtin=${sample.gtin}&lot=${sample.lot}`)
    ).json()) as { data: { lot: { upstream: { lotNumber: string }[]; holders: unknown[] } } };
    const sameUpstream =
      JSON.stringify(viaApi.data.lot.upstream.nodes.map((u) => u.lot.lotNumber).sort()) ===
      JSON.stringify(viaPg.data.lot.upstream.map((u) => u.lotNumber).sort());
    const sameHolders = viaApi.data.lot.holders.nodes.length === viaPg.data.lot.holders.length;
    if (!sameUpstream || !sameHolders)
      throw new Error('the GraphQL query and the pg handler disagree on the sample lot');

    await load('warm-up', gqlOpts, WARMUP_SECONDS);
    results.push(await load('(d) GraphQL consumer trace query', gqlOpts));
    await load('warm-up', pgOpts, WARMUP_SECONDS);
    results.push(await load('(e) hand-written pg handler', pgOpts));
  } finally {
    bare.proc.kill();
    baseline.proc.kill();
    await server.stop();
  }

  const [a, b, c, d, e] = results;
  const shown = [a, b, c, light!, d, e];
  console.log(
    `\nScan at ${CONNECTIONS} connections, ${SECONDS} s each, ${os.cpus().length} CPUs; page ${Buffer.byteLength(cachedPage)} bytes\n`,
  );
  console.log('case                                    req/s     p50 ms   p99 ms   requests   non-2xx/errors');
  for (const r of shown) {
    console.log(
      `${r.name.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} ${r.p50.toFixed(1).padStart(9)} ${r.p99.toFixed(1).padStart(8)} ${String(r.requests).padStart(10)} ${String(r.bad).padStart(10)}`,
    );
  }
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(`\n(b) / (a) throughput: ${(b.rps / a.rps).toFixed(2)}   target ≥ 0.50: ${check(b.rps / a.rps >= 0.5)}`);
  console.log(
    `(c) p99: ${c.p99.toFixed(1)} ms   target < 50 ms: ${check(c.p99 < 50)}   (the pg handler's own p99 at 50 connections: ${e.p99.toFixed(1)} ms; (c) at 10 connections: ${light!.p99.toFixed(1)} ms)`,
  );
  console.log(`(d) / (e) throughput: ${(d.rps / e.rps).toFixed(2)}   target ≥ 0.40: ${check(d.rps / e.rps >= 0.4)}`);
  console.log(
    `SQL statements per miss on 5 lots: ${statements.join(', ')}   fixed: ${check(new Set(statements).size === 1)}`,
  );
  if (shown.some((r) => r.bad > 0)) {
    console.error('some requests failed');
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

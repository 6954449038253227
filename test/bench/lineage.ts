import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { buildHttpApp, type HttpApp } from '../../src/app/http';
import { initOrm, migrate } from '../../src/db/orm';
import { lineageSql } from '../../src/modules/trace/trace.service';
import { makeDiamond } from '../../seeds/diamond';
import {
  gtin13,
  LocationKind,
  makeLocation,
  makeLot,
  makeOrganization,
  makeProduct,
  OrganizationRole,
  ProductCategory,
} from '../../seeds/factories';
import { adminUrl, dbName, stats, withClient } from './bench-db';

/**
 * `npm run bench:lineage`: issue 11 §2's awkward lineage against an ordinary lot, in one run. Stacked
 * diamonds of 16 and 40 levels (2^16 and 2^40 paths; 33 and 81 lots), an ordinary lot (3 upstream lots)
 * and a wide one (80 direct inputs: as many lots as the 40-level diamond) are built through the services
 * in their own database; then, for each, the public GraphQL trace
 * (`upstream { nodes edges }`, as the README shows it) and the scan page on a cache miss, through the HTTP
 * app: bytes, statements, median and p95. For reference, the lineage statement run raw, and the walk by
 * paths the API used before (one row per path) on the 16-level diamond; at 40 levels it would not end.
 */
const URL_ = process.env.BENCH_LINEAGE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/trace_bench_lineage';
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;

const TRACE = `query ($gtin: String!, $lotNumber: String!) {
  lot(gtin: $gtin, lotNumber: $lotNumber) {
    upstream {
      nodes {
        depth
        lot { lotNumber product { name } producer { name region { city } } }
        usedIn { output { lotNumber } }
      }
      edges { input { lotNumber } output { lotNumber } quantity unit }
    }
  }
}`;

/** The walk by paths that `Lot.upstream` ran before issue 11 (its row joins left out): one row per path. */
const PATH_WALK = `with recursive up(lot_id, depth, path) as (
    select li.input_id, 1, array[li.output_id, li.input_id] from lot_input li where li.output_id = $1
    union all
    select li.input_id, up.depth + 1, up.path || li.input_id from lot_input li join up on li.output_id = up.lot_id
     where up.depth < 64 and not li.input_id = any(up.path)
  ) select count(*)::int as rows from up`;

interface Case {
  name: string;
  gtin: string;
  lotNumber: string;
  lotId: string;
}

async function build(): Promise<Case[]> {
  const name = dbName(URL_);
  await withClient(adminUrl(URL_), async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const orm = await initOrm({ clientUrl: URL_, poolMax: 2 });
  await migrate(orm);
  const cases = await orm.em.fork().transactional(async (em) => {
    const party = async (n: number, org: string, role: OrganizationRole, regionCode: string) => {
      const o = await makeOrganization(em, { n, name: org, roles: [role], regionCode });
      return { org: o, site: await makeLocation(em, o, { n, name: `${org} 工厂`, kind: LocationKind.FACTORY }) };
    };
    const supplier = await party(1, '新乡基准钢材', OrganizationRole.SUPPLIER, '410702');
    const producer = await party(2, '郑州基准玩具', OrganizationRole.PRODUCER, '410122');
    const toy = await makeProduct(em, producer.org, {
      gtin: gtin13(9000),
      name: '基准玩具',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    const part = await makeProduct(em, producer.org, { gtin: gtin13(9001), name: '基准部件' });
    type Input = { lot: Awaited<ReturnType<typeof makeLot>>; quantity: number };
    const lot = (product: typeof part, lotNumber: string, inputs: Input[] = []) =>
      makeLot(em, producer.org, product, {
        lotNumber,
        producedOn: '2024-08-01',
        quantity: 100,
        location: producer.site,
        inputs,
      });
    const shell = await lot(part, 'ORD-SHELL', [{ lot: await lot(part, 'ORD-RESIN'), quantity: 5 }]);
    const screws = await lot(part, 'ORD-SCREWS');
    const ordinary = await lot(toy, 'ORD-TOY', [
      { lot: shell, quantity: 10 },
      { lot: screws, quantity: 40 },
    ]);
    // As many upstream lots as the 40-level diamond, all direct inputs: the size the diamond must cost.
    const wideInputs: Input[] = [];
    for (let i = 0; i < 80; i++) wideInputs.push({ lot: await lot(part, `W-${i}`), quantity: 1 });
    const wide = await lot(toy, 'WIDE-80', wideInputs);
    const diamond = (levels: number, prefix: string, gtinBase: number) =>
      makeDiamond(em, { supplier, producer, levels, prefix, gtinBase, top: toy, topLotNumber: `DIAMOND-${levels}` });
    const d16 = await diamond(16, 'S', 9100);
    const d40 = await diamond(40, 'D', 9200);
    return [
      { name: 'ordinary lot (3 upstream lots)', gtin: toy.gtin, lotNumber: 'ORD-TOY', lotId: ordinary.id },
      { name: 'wide lot (80 direct inputs)', gtin: toy.gtin, lotNumber: 'WIDE-80', lotId: wide.id },
      { name: 'diamond, 16 levels (32 lots, 2^16 paths)', gtin: toy.gtin, lotNumber: 'DIAMOND-16', lotId: d16.top.id },
      { name: 'diamond, 40 levels (80 lots, 2^40 paths)', gtin: toy.gtin, lotNumber: 'DIAMOND-40', lotId: d40.top.id },
    ];
  });
  await orm.close(true);
  return cases;
}

async function timed(runs: number, work: () => Promise<void>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  return stats(ms);
}

async function measure(app: HttpApp, statements: string[], c: Case) {
  const trace = () =>
    app.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query: TRACE, variables: { gtin: c.gtin, lotNumber: c.lotNumber } },
    });
  const page = async () => {
    await app.services.pages.changed('all');
    const url = `/01/${c.gtin.padStart(14, '0')}/10/${c.lotNumber}`;
    return app.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
  };
  statements.length = 0;
  const one = await trace();
  const traceStatements = statements.length;
  type Graph = { data: { lot: { upstream: { nodes: unknown[]; edges: unknown[] } } } };
  const graph = (one.json() as Graph).data.lot.upstream;
  statements.length = 0;
  const html = await page();
  const pageStatements = statements.length;
  if (one.statusCode !== 200 || html.statusCode !== 200) {
    throw new Error(`${c.name}: ${one.statusCode} / ${html.statusCode}`);
  }
  return {
    name: c.name,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    traceBytes: Buffer.byteLength(one.body),
    traceStatements,
    trace: await timed(RUNS, async () => void (await trace())),
    pageBytes: Buffer.byteLength(html.body),
    pageStatements,
    page: await timed(RUNS, async () => void (await page())),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const cases = await build();
  console.log(`built ${cases.length} lineages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const statements: string[] = [];
  const onQuery = (m: string) => void (/\[query\]/.test(m) && statements.push(m));
  const orm = await initOrm({ clientUrl: URL_, poolMax: 4, onQuery });
  // One client far over the per-address request limits: they are off here.
  const requestLimits = { perKeyPerMinute: 0, perAddressPerMinute: 0 };
  const app = await buildHttpApp(orm, { logLevel: 'silent', requestLimits });
  try {
    const rows = [];
    for (const c of cases) rows.push(await measure(app, statements, c));
    const f = (x: { median: number; p95: number }) => `${x.median.toFixed(1)} / ${x.p95.toFixed(1)}`;
    console.log(
      '\nThe public trace (GraphQL, upstream nodes + edges) and the scan page on a cache miss, ' +
        `${RUNS} runs each, ms median / p95:`,
    );
    console.log(
      '| lot | nodes | edges | trace bytes | trace statements | trace ms | page bytes | page statements ' +
        '| page ms |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.nodes} | ${r.edges} | ${r.traceBytes} | ${r.traceStatements} | ${f(r.trace)} | ` +
          `${r.pageBytes} | ${r.pageStatements} | ${f(r.page)} |`,
      );
    }
    await withClient(URL_, async (c) => {
      console.log(`\nFor reference, raw SQL (pg, ms median / p95 of ${RUNS}):`);
      for (const lot of cases) {
        const raw = await timed(RUNS, async () => void (await c.query(lineageSql('$1::uuid[]'), [`{${lot.lotId}}`])));
        console.log(`  the lineage statement (graph), ${lot.name}: ${f(raw)} ms`);
      }
      const t = performance.now();
      const {
        rows: [walk],
      } = await c.query<{ rows: number }>(PATH_WALK, [cases[2].lotId]);
      const ms = (performance.now() - t).toFixed(0);
      console.log(
        `  the old walk by paths, ${cases[2].name}: ${walk.rows} rows, ${ms} ms` +
          ' (at 40 levels: 2^40 paths, not run)',
      );
    });
  } finally {
    await app.app.close();
    await app.services.bus.close();
    await orm.close(true);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

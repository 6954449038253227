import 'reflect-metadata';
import pg from 'pg';
import { toGlobalId } from '../../src/common/global-id';
import { ScopeRootKind } from '../../src/modules/recall/recall.enums';
import { reportSql } from '../../src/modules/scope/scope.sql';
import { BENCH_REGULATOR_KEY, BENCH_URL, stats } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:recall` (after `npm run bench:data`): the recall scope of 20 typical lots and of the
 * hub lot, through the GraphQL API over HTTP and as a hand-written recursive CTE through `pg`, in one
 * run; medians, p95 and the API / SQL ratio; fails if any total differs. Then the server's peak memory
 * while streaming the hub lot's full CSV.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const PAGE = 20;
const HUB = '00000004-0000-4000-8000-000000000000';
const lotUuid = (tier: number, j: number) =>
  `00000004-0000-4000-8000-${(tier * 100_000 + j).toString(16).padStart(12, '0')}`;
const TYPICAL = Array.from({ length: 20 }, (_, i) => lotUuid(0, 101 + i * 997)); // non-hub material lots

const QUERY = `query($lot: ID!) { recallScope(root: { kind: LOTS, lots: [$lot] }, asOf: "2030-01-01T00:00:00Z") {
  lotCount
  totals { unit lots holdersWithStock onHand shipped sold returned }
  byRegion { unit city holdersWithStock onHand sold }
  byParty { unit party holdersWithStock onHand sold }
  lots(first: ${PAGE}) { totalCount nodes { depth lot { lotNumber } } }
  holders(first: ${PAGE}) { totalCount nodes { party onHand sold lot { lotNumber } organization { name } location { gln } } }
} }`;

/**
 * The same answer, written by hand as well as we know how: closure with one row per (lot, depth), the
 * unit carried along, corrections as a hash anti-join, party looked up per holder, then totals,
 * rollups and both first pages.
 */
const SQL = `with recursive walk(lot_id, depth) as (
    select $1::uuid, 0
    union
    select li.output_id, w.depth + 1 from walk w join lot_input li on li.input_id = w.lot_id where li.occurred_at <= $2
  ),
  scope as (select w.lot_id, min(w.depth) as depth, min(l.unit) as unit from walk w join lot l on l.id = w.lot_id group by w.lot_id),
  corrected as (select corrects_id as id from custody_event where corrects_id is not null and occurred_at <= $2),
  f as (
    select e.lot_id, e.organization_id, e.location_id, min(s.unit) as unit,
           sum(case when e.type in ('PRODUCED', 'RECEIVED', 'RETURNED') then e.quantity when e.type in ('CONSUMED', 'SHIPPED', 'SOLD', 'DESTROYED') then -e.quantity else 0 end) as on_hand,
           coalesce(sum(e.quantity) filter (where e.type = 'SHIPPED'), 0) as shipped,
           coalesce(sum(e.quantity) filter (where e.type = 'SOLD'), 0) as sold,
           coalesce(sum(e.quantity) filter (where e.type = 'RETURNED'), 0) as returned
      from scope s join custody_event e on e.lot_id = s.lot_id
     where e.occurred_at <= $2 and not exists (select 1 from corrected c where c.id = e.id)
     group by 1, 2, 3
  ),
  holders as (
    select f.*, case when 'RETAILER' = any(o.roles) then 'RETAILER' when 'DISTRIBUTOR' = any(o.roles) then 'DISTRIBUTOR' else 'PRODUCER' end as party
      from f join organization o on o.id = f.organization_id
  )
  select (select count(*) from scope) as lot_count,
    (select json_agg(t order by t.unit) from (
       select u.unit, u.lots, coalesce(x.holders_with_stock, 0) as holders_with_stock, coalesce(x.on_hand, 0) as on_hand,
              coalesce(x.shipped, 0) as shipped, coalesce(x.sold, 0) as sold, coalesce(x.returned, 0) as returned
         from (select unit, count(*) as lots from scope group by unit) u
         left join (select unit, count(*) filter (where on_hand > 0) as holders_with_stock, sum(on_hand) filter (where on_hand > 0) as on_hand,
                           sum(shipped) as shipped, sum(sold) as sold, sum(returned) as returned from holders group by unit) x on x.unit = u.unit) t) as totals,
    (select json_agg(r order by r.unit, r.city) from (
       select h.unit, substr(loc.region_code, 1, 4) as city, count(*) filter (where h.on_hand > 0) as holders_with_stock,
              coalesce(sum(h.on_hand) filter (where h.on_hand > 0), 0) as on_hand, sum(h.sold) as sold
         from holders h join location loc on loc.id = h.location_id group by 1, 2) r) as by_region,
    (select json_agg(r order by r.unit, r.party) from (
       select unit, party, count(*) filter (where on_hand > 0) as holders_with_stock,
              coalesce(sum(on_hand) filter (where on_hand > 0), 0) as on_hand, sum(sold) as sold from holders group by 1, 2) r) as by_party,
    (select json_agg(p) from (select s.depth, l.lot_number from (select * from scope order by depth, lot_id limit ${PAGE}) s join lot l on l.id = s.lot_id) p) as lots_page,
    (select count(*) from holders where on_hand > 0) as holders_count,
    (select json_agg(p) from (
       select h.party, h.on_hand, h.sold, l.lot_number, o.name, loc.gln
         from (select * from holders where on_hand > 0 order by on_hand desc, lot_id, organization_id, location_id limit ${PAGE}) h
         join lot l on l.id = h.lot_id join organization o on o.id = h.organization_id join location loc on loc.id = h.location_id) p) as holders_page`;

type Totals = { lotCount: number; units: string; holders: number };

async function main(): Promise<void> {
  const server = await startServer(BENCH_URL);
  const pool = new pg.Pool({ connectionString: BENCH_URL, max: 1 });
  const asOf = new Date('2030-01-01T00:00:00Z');
  const failures: string[] = [];

  const api = async (lot: string): Promise<{ ms: number; totals: Totals }> => {
    const t = performance.now();
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_REGULATOR_KEY}` },
      body: JSON.stringify({ query: QUERY, variables: { lot: toGlobalId('Lot', lot) } }),
    });
    const body = (await res.json()) as {
      data?: {
        recallScope: {
          lotCount: number;
          totals: {
            unit: string;
            lots: number;
            holdersWithStock: number;
            onHand: number;
            shipped: number;
            sold: number;
            returned: number;
          }[];
          holders: { totalCount: number };
        };
      };
      errors?: unknown;
    };
    const ms = performance.now() - t;
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    const s = body.data.recallScope;
    return {
      ms,
      totals: {
        lotCount: s.lotCount,
        units: JSON.stringify(
          s.totals.map((u) => [u.unit, u.lots, u.holdersWithStock, u.onHand, u.shipped, u.sold, u.returned]),
        ),
        holders: s.holders.totalCount,
      },
    };
  };
  const sql = async (lot: string): Promise<{ ms: number; totals: Totals }> => {
    const t = performance.now();
    const {
      rows: [r],
    } = await pool.query(SQL, [lot, asOf]);
    const ms = performance.now() - t;
    const units = (r.totals ?? []) as {
      unit: string;
      lots: number;
      holders_with_stock: number;
      on_hand: number;
      shipped: number;
      sold: number;
      returned: number;
    }[];
    return {
      ms,
      totals: {
        lotCount: Number(r.lot_count),
        units: JSON.stringify(
          units.map((u) => [
            u.unit,
            Number(u.lots),
            Number(u.holders_with_stock),
            Number(u.on_hand),
            Number(u.shipped),
            Number(u.sold),
            Number(u.returned),
          ]),
        ),
        holders: Number(r.holders_count),
      },
    };
  };

  // For reference, not a target: the API's own report statement (holdings, lookups by index), run raw
  // through pg with the same pages, so that the API's cost above its SQL shows on its own.
  const own = async (lot: string): Promise<number> => {
    const q = reportSql(
      { live: { kind: ScopeRootKind.LOTS, lotIds: [lot] }, asOf },
      { lots: { limit: PAGE, offset: 0 }, holders: { limit: PAGE, offset: 0, withStockOnly: true } },
    );
    let n = 0;
    const t = performance.now();
    await pool.query({ name: 'own', text: q.text.replace(/\?/g, () => `$${++n}`), values: q.params });
    return performance.now() - t;
  };

  const measure = async (name: string, lots: string[], runs: number) => {
    const a: number[] = [];
    const s: number[] = [];
    const o: number[] = [];
    for (const lot of lots) {
      await api(lot);
      await sql(lot);
      await own(lot);
    } // warm up
    for (let i = 0; i < runs; i++) {
      for (const lot of lots) {
        const x = await api(lot);
        const y = await sql(lot);
        a.push(x.ms);
        s.push(y.ms);
        o.push(await own(lot));
        if (JSON.stringify(x.totals) !== JSON.stringify(y.totals))
          failures.push(`${name} ${lot}: API ${JSON.stringify(x.totals)} != SQL ${JSON.stringify(y.totals)}`);
      }
    }
    const sa = stats(a);
    const ss = stats(s);
    return { name, api: sa, sql: ss, own: stats(o), ratio: sa.median / ss.median, sample: (await api(lots[0])).totals };
  };

  const typical = await measure('typical lots (20)', TYPICAL, RUNS);
  const hub = await measure('hub lot', [HUB], RUNS);

  // Memory while streaming the hub lot's full CSV.
  let peak = server.rssMb();
  const before = peak;
  const sampler = setInterval(() => {
    peak = Math.max(peak, server.rssMb());
  }, 20);
  const t = performance.now();
  const res = await fetch(`${server.base}/exports/scope.csv?lot=${toGlobalId('Lot', HUB)}`, {
    headers: { authorization: `Bearer ${BENCH_REGULATOR_KEY}` },
  });
  let bytes = 0;
  let rows = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) rows++;
  }
  clearInterval(sampler);
  const csvSeconds = (performance.now() - t) / 1000;

  await server.stop();
  await pool.end();

  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(
    `\nrecall scope, ${RUNS} runs per lot (ms)          API median   API p95   SQL median   SQL p95   API/SQL`,
  );
  for (const r of [typical, hub])
    console.log(
      `${r.name.padEnd(44)} ${f(r.api.median)} ${f(r.api.p95)} ${f(r.sql.median)} ${f(r.sql.p95)}   ${r.ratio.toFixed(2)}`,
    );
  console.log(
    `\nfor reference: the API's own statement run raw through pg (holdings, lookups by index)    median    p95   API/own`,
  );
  for (const r of [typical, hub])
    console.log(
      `${r.name.padEnd(44)} ${' '.repeat(18)} ${f(r.own.median)} ${f(r.own.p95)}   ${(r.api.median / r.own.median).toFixed(2)}`,
    );
  console.log(
    `\nhub scope: ${hub.sample.lotCount} lots, ${hub.sample.holders} holders with stock; typical first lot: ${typical.sample.lotCount} lots`,
  );
  console.log(
    `hub CSV: ${rows - 1} rows, ${(bytes / 1e6).toFixed(1)} MB in ${csvSeconds.toFixed(1)} s; server RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`,
  );
  const targets = [
    ['API at most 1.3x raw SQL (typical)', typical.ratio <= 1.3],
    ['API at most 1.3x raw SQL (hub)', hub.ratio <= 1.3],
    ['typical lot under 50 ms (API median)', typical.api.median < 50],
    ['hub lot under 1 s (API median)', hub.api.median < 1000],
    ['server under 512 MB while streaming the hub CSV', peak < 512],
  ] as const;
  console.log('\ntargets:');
  for (const [name, ok] of targets) console.log(`  ${ok ? 'met    ' : 'MISSED '} ${name}`);
  if (failures.length) {
    console.error(`\n${failures.length} totals differ between API and SQL:\n${failures.slice(0, 10).join('\n')}`);
    process.exit(1);
  }
  console.log('\nall totals agree between API and SQL');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { toGlobalId } from '../../src/common/global-id';
import { BENCH_INGEST_KEY, BENCH_REGULATOR_KEY, BENCH_URL, withClient } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:costs` (after `npm run bench:data`): what one operation costs in CPU, on the API server and
 * in PostgreSQL, the figures docs/scaling.md turns into machines for a province. In one run:
 *
 *   baselines   GET /livez (HTTP alone), GET /healthz (HTTP and one read), `select 1` over one connection
 *   reads       a consumer scan page (cache miss, and cached), the public trace (README's query), a recall
 *               scope as a regulator (typical lot, and the hub lot reaching 24,001 lots)
 *   writes      one custody event through the GraphQL bulk mutation (1,000 per call), alone in its call,
 *               and through an EPCIS capture document (1,000 events per document, until its job finished)
 *
 * How CPU is counted. Wall time on a shared machine says little (other work takes the cores), so each
 * operation is charged the CPU time the kernel counted to the processes that did it: the server child's
 * (every thread, GC included) and each PostgreSQL backend's connected to the bench database (one process
 * per connection, found in pg_stat_activity; this script's own monitoring connection excluded).
 * pg_stat_statements would give only executor time, not parse, protocol and commit, and needs a restart
 * to load. Not counted: PostgreSQL's shared background processes (WAL writer, checkpointer, autovacuum;
 * they serve every database of the cluster), and the load generator. Each round runs every operation in
 * turn, so drift in the machine's load falls on all of them alike; the server's idle CPU (alert and
 * webhook pollers) is measured in every round and its median subtracted per second of each operation's
 * round. The figure is the median over rounds, the spread min–max over rounds.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 4;
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = 1,
  LOC = 2,
  LOT = 4;
const DISTRIBUTOR = 700; // owns BENCH_INGEST_KEY and the 100 ingest lots (see data.ts)
const RETAILER0 = 900;
const ingestLot = (i: number) => uid(LOT, 9 * 100_000 + (i % 100));
const HUB = uid(LOT, 0);
const TYPICAL = Array.from({ length: 20 }, (_, i) => uid(LOT, 101 + i * 997)); // as bench:recall
const SCAN_MISSES = 60;
const TRACES = 60;
const INGEST_CALLS = 2;
const PER_CALL = 1000;
const SINGLE_CALLS = 60;

/** The README's public trace ("Anyone: trace a lot from the package"), with variables. */
const TRACE = `query($gtin: String!, $lot: String!) { lot(gtin: $gtin, lotNumber: $lot) {
  digitalLink
  product { name brand model cccRequired minAgeMonths suitabilityNote materials { material percent } producer { name region { province city } } }
  producedOn
  declaration { version validFrom standards { number kind title indicators { key name value unit testMethod indicatorClass } } }
  certifications { kind number body status validUntil }
  upstream { nodes { depth lot { lotNumber product { name } producer { name region { city } } } usedIn { output { lotNumber } } } }
  holders(first: 50) { totalCount nodes { organization { name roles } location { name kind region { city } } holdsStock hasSold
                                          commitment { statement remedies responseHours hotline } } }
} }`;

/** bench:recall's regulator query: totals, rollups by city and party, first pages of lots and holders. */
const SCOPE = `query($lot: ID!) { recallScope(root: { kind: LOTS, lots: [$lot] }, asOf: "2030-01-01T00:00:00Z") {
  lotCount
  totals { unit lots holdersWithStock onHand shipped sold returned }
  byRegion { unit city holdersWithStock onHand sold }
  byParty { unit party holdersWithStock onHand sold }
  lots(first: 20) { totalCount nodes { depth lot { lotNumber } } }
  holders(first: 20) { totalCount nodes { party onHand sold lot { lotNumber } organization { name } location { gln } } }
} }`;

const RECORD = `mutation($input: CustodyEventsRecordInput!) { custodyEventsRecord(input: $input) { events { id } errors { code field message } } }`;

/**
 * CPU time a thread has run, in seconds, from the scheduler's own count (`/proc/.../schedstat`, in
 * nanoseconds; utime + stime in `/proc/<pid>/stat` are the same time rounded to 10 ms ticks, too coarse
 * for a few hundred requests per backend); null once it is gone.
 */
function runSeconds(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

/** A process's CPU time, all its threads (Node's GC and libuv threads live as long as the process). */
function processSeconds(pid: number): number {
  let total = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) total += runSeconds(`/proc/${pid}/task/${tid}/schedstat`) ?? 0;
  return total;
}

interface Snapshot {
  at: number;
  server: number;
  backends: Map<number, number>;
  wal: bigint;
}
interface Delta {
  wall: number;
  server: number;
  pg: number;
  wal: number;
  lost: number;
}

async function snapshot(mon: pg.Client, serverPid: number): Promise<Snapshot> {
  const {
    rows: [row],
  } = await mon.query<{ pids: number[]; wal: string }>(
    `select array(select a.pid from pg_stat_activity a
                   where a.datname = current_database() and a.backend_type = 'client backend' and a.pid <> pg_backend_pid()) as pids,
            pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text as wal`,
  );
  const backends = new Map<number, number>();
  for (const pid of row.pids) {
    const s = runSeconds(`/proc/${pid}/schedstat`); // a backend is one thread
    if (s !== null) backends.set(pid, s);
  }
  const wal = BigInt(row.wal.split('.')[0]);
  return { at: performance.now(), server: processSeconds(serverPid), backends, wal };
}

function delta(a: Snapshot, b: Snapshot): Delta {
  let pgCpu = 0;
  let lost = 0;
  // A backend that appeared during the round is charged all it used (its start is part of the cost).
  for (const [pid, s] of b.backends) pgCpu += s - (a.backends.get(pid) ?? 0);
  for (const pid of a.backends.keys()) if (!b.backends.has(pid)) lost++;
  return {
    wall: (b.at - a.at) / 1000,
    server: b.server - a.server,
    pg: pgCpu,
    wal: Number(b.wal - a.wal),
    lost,
  };
}

/** Runs `n` tasks, `CONCURRENCY` at a time. */
async function pool(n: number, task: (i: number) => Promise<void>, concurrency = CONCURRENCY): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, n) }, async () => {
      while (next < n) await task(next++);
    }),
  );
}

interface Op {
  name: string;
  unit: string;
  /** Does one round's work; returns how many units it did. */
  round: (r: number) => Promise<number>;
  /** Counts in the "× baseline" column only when true. */
  baseline?: boolean;
}

async function main(): Promise<void> {
  const data = await withClient(BENCH_URL, async (c) => {
    const lots = (
      await c.query<{ gtin: string; lot: string }>(
        `select p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id
          where l.lot_number like 'B4-%' order by l.id limit 10000`,
      )
    ).rows;
    const places = (
      await c.query<{ id: string; gln: string }>(
        `select id, gln from location where id = any($1::uuid[]) order by id`,
        [[uid(LOC, DISTRIBUTOR), ...Array.from({ length: 100 }, (_, i) => uid(LOC, RETAILER0 + i))]],
      )
    ).rows;
    const ingest = (
      await c.query<{ gtin: string; lot: string }>(
        `select p.gtin, l.lot_number as lot from lot l join product p on p.id = l.product_id where l.id = any($1::uuid[]) order by l.id`,
        [Array.from({ length: 100 }, (_, i) => ingestLot(i))],
      )
    ).rows;
    return { lots, places, ingest };
  }).catch(() => null);
  if (!data || data.lots.length < 5000 || data.ingest.length < 100)
    throw new Error(`No benchmark data at ${BENCH_URL}: run \`npm run bench:data\` first.`);
  const glnOf = new Map(data.places.map((p) => [p.id, p.gln]));

  // Pooled connections must outlive the pauses between rounds (their CPU is read per process).
  process.env.DATABASE_IDLE_TIMEOUT = '3600';
  const server = await startServer(BENCH_URL);
  const serverPid = server.proc.pid!;
  const mon = new pg.Client({ connectionString: BENCH_URL });
  const direct = new pg.Client({ connectionString: BENCH_URL });
  await mon.connect();
  await direct.connect();
  const run = `${Date.now()}`;
  const loadBefore = os.loadavg();

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.base}${path}`, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  };
  const gql = async (query: string, variables: object, key?: string): Promise<Record<string, unknown>> => {
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (res.status !== 200 || !body.data || body.errors) throw new Error(JSON.stringify(body).slice(0, 500));
    return body.data;
  };
  const html = { accept: 'text/html', 'accept-language': 'zh-CN' };
  const page = (l: { gtin: string; lot: string }) => `/01/${l.gtin}/10/${l.lot}`;
  // Rounds 0 (warm-up) to ROUNDS each take their own lots, so every miss is a miss.
  const missLots = (r: number) => data.lots.slice(r * SCAN_MISSES, (r + 1) * SCAN_MISSES);
  const traceLots = (r: number) => data.lots.slice(5000 + r * TRACES, 5000 + (r + 1) * TRACES);
  if ((ROUNDS + 1) * Math.max(SCAN_MISSES, TRACES) > 5000) throw new Error('too many rounds for the lots');
  // Events dated a moment ago: they land in this month's partitions, which then hold only rows written
  // through the API, so their size per row is what a deployment's rows take.
  const occurredAt = () => new Date(Date.now() - 2000).toISOString();
  let eventSeq = 0;

  const ops: Op[] = [
    {
      name: 'GET /livez (HTTP alone)',
      unit: 'request',
      baseline: true,
      round: async () => (await pool(500, () => get('/livez')), 500),
    },
    {
      name: 'GET /healthz (HTTP + one read)',
      unit: 'request',
      baseline: true,
      round: async () => (await pool(500, () => get('/healthz')), 500),
    },
    {
      name: 'select 1 (pg client, one connection)',
      unit: 'statement',
      baseline: true,
      round: async () => {
        for (let i = 0; i < 2000; i++) await direct.query('select 1');
        return 2000;
      },
    },
    {
      name: 'scan page, cache miss',
      unit: 'page',
      round: async (r) => {
        const lots = missLots(r);
        await pool(lots.length, (i) => get(page(lots[i]), html));
        return lots.length;
      },
    },
    {
      name: 'scan page, cached',
      unit: 'page',
      round: async () => (await pool(500, () => get(page(data.lots[0]), html)), 500),
    },
    {
      name: 'public trace (GraphQL, README query)',
      unit: 'trace',
      round: async (r) => {
        const lots = traceLots(r);
        await pool(lots.length, async (i) => {
          const d = await gql(TRACE, { gtin: lots[i].gtin, lot: lots[i].lot });
          if (!d.lot) throw new Error(`no lot ${lots[i].lot}`);
        });
        return lots.length;
      },
    },
    {
      name: 'recall scope, typical lot (regulator)',
      unit: 'scope',
      round: async () => {
        const lots = TYPICAL;
        await pool(lots.length, (i) => gql(SCOPE, { lot: toGlobalId('Lot', lots[i]) }, BENCH_REGULATOR_KEY).then());
        return lots.length;
      },
    },
    {
      name: 'recall scope, hub lot (24,001 lots)',
      unit: 'scope',
      round: async () => (await gql(SCOPE, { lot: toGlobalId('Lot', HUB) }, BENCH_REGULATOR_KEY), 1),
    },
    {
      name: 'custody event, GraphQL bulk (1,000/call)',
      unit: 'event',
      round: async (r) => {
        await pool(
          INGEST_CALLS,
          async (call) => {
            const events = Array.from({ length: PER_CALL }, (_, k) => {
              const n = eventSeq++;
              const store = RETAILER0 + (n % 100);
              return {
                type: 'SHIPPED',
                lot: toGlobalId('Lot', ingestLot(call * 10 + (k % 10))),
                location: toGlobalId('Location', uid(LOC, DISTRIBUTOR)),
                quantity: 1,
                occurredAt: occurredAt(),
                counterparty: toGlobalId('Organization', uid(ORG, store)),
                counterpartyLocation: toGlobalId('Location', uid(LOC, store)),
                referenceDocument: `COST-${run}-${n}`,
              };
            });
            const d = (await gql(
              RECORD,
              { input: { idempotencyKey: `costs-${run}-${r}-${call}`, events } },
              BENCH_INGEST_KEY,
            )) as { custodyEventsRecord: { events: unknown[] | null; errors: unknown[] } };
            if (d.custodyEventsRecord.events?.length !== PER_CALL)
              throw new Error(JSON.stringify(d.custodyEventsRecord.errors).slice(0, 500));
          },
          2,
        );
        return INGEST_CALLS * PER_CALL;
      },
    },
    {
      // A till or a small shop's system posting each event as it happens: the call's own cost, per event.
      name: 'custody event, one per call',
      unit: 'event',
      round: async (r) => {
        await pool(SINGLE_CALLS, async (call) => {
          const n = eventSeq++;
          const store = RETAILER0 + (n % 100);
          const d = (await gql(
            RECORD,
            {
              input: {
                idempotencyKey: `costs-one-${run}-${r}-${call}`,
                events: [
                  {
                    type: 'SHIPPED',
                    lot: toGlobalId('Lot', ingestLot(n)),
                    location: toGlobalId('Location', uid(LOC, DISTRIBUTOR)),
                    quantity: 1,
                    occurredAt: occurredAt(),
                    counterparty: toGlobalId('Organization', uid(ORG, store)),
                    counterpartyLocation: toGlobalId('Location', uid(LOC, store)),
                    referenceDocument: `COST-${run}-${n}`,
                  },
                ],
              },
            },
            BENCH_INGEST_KEY,
          )) as { custodyEventsRecord: { events: unknown[] | null; errors: unknown[] } };
          if (d.custodyEventsRecord.events?.length !== 1)
            throw new Error(JSON.stringify(d.custodyEventsRecord.errors).slice(0, 500));
        });
        return SINGLE_CALLS;
      },
    },
    {
      name: 'custody event, EPCIS capture (1,000/doc)',
      unit: 'event',
      round: async () => {
        const at = (gln: string) => `https://id.gs1.org/414/${gln}`;
        const from = glnOf.get(uid(LOC, DISTRIBUTOR))!;
        const when = occurredAt();
        const eventList = Array.from({ length: PER_CALL }, (_, k) => {
          const n = eventSeq++;
          const l = data.ingest[n % 100];
          return {
            type: 'ObjectEvent',
            eventTime: when,
            eventTimeZoneOffset: '+08:00',
            action: 'OBSERVE',
            bizStep: 'shipping',
            disposition: 'in_transit',
            quantityList: [{ epcClass: `https://id.gs1.org/01/${l.gtin}/10/${l.lot}`, quantity: 1, uom: 'EA' }],
            readPoint: { id: at(from) },
            bizTransactionList: [{ type: 'desadv', bizTransaction: `urn:epcglobal:cbv:bt:${from}:COST-${run}-${n}` }],
            sourceList: [{ type: 'location', source: at(from) }],
            destinationList: [{ type: 'location', destination: at(glnOf.get(uid(LOC, RETAILER0 + (k % 100)))!) }],
          };
        });
        const res = await fetch(`${server.base}/epcis/capture`, {
          method: 'POST',
          headers: { 'content-type': 'application/ld+json', authorization: `Bearer ${BENCH_INGEST_KEY}` },
          body: JSON.stringify({
            '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'],
            type: 'EPCISDocument',
            schemaVersion: '2.0',
            creationDate: new Date().toISOString(),
            epcisBody: { eventList },
          }),
        });
        if (res.status !== 202) throw new Error(`capture: ${res.status} ${await res.text()}`);
        const location = res.headers.get('location')!;
        for (;;) {
          const job = (await (
            await fetch(`${server.base}${location}`, { headers: { authorization: `Bearer ${BENCH_INGEST_KEY}` } })
          ).json()) as { running: boolean; success: boolean; accepted: number };
          if (!job.running) {
            if (!job.success || job.accepted !== PER_CALL)
              throw new Error(`capture job: ${JSON.stringify(job).slice(0, 500)}`);
            return PER_CALL;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
      },
    },
  ];

  const raw = new Map<string, (Delta & { units: number })[]>(ops.map((o) => [o.name, []]));
  const idleRates: { server: number; pg: number }[] = [];
  // Idle: what the server and its connections use per second when nobody asks anything (the pollers),
  // once before the rounds and once in each, so that it follows the machine as the operations do.
  const idleSample = async () => {
    const a = await snapshot(mon, serverPid);
    await new Promise((r) => setTimeout(r, 2000));
    const d = delta(a, await snapshot(mon, serverPid));
    idleRates.push({ server: d.server / d.wall, pg: d.pg / d.wall });
  };
  try {
    await idleSample();
    for (let r = 0; r <= ROUNDS; r++) {
      for (const op of ops) {
        const a = await snapshot(mon, serverPid);
        const units = await op.round(r);
        const d = delta(a, await snapshot(mon, serverPid));
        if (r > 0) raw.get(op.name)!.push({ ...d, units }); // round 0 warms up: JIT, plans, caches
      }
      await idleSample();
      process.stderr.write(`round ${r}${r === 0 ? ' (warm-up)' : ''} done\n`);
    }
  } finally {
    await server.stop();
    await direct.end();
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const idle = { server: mid(idleRates.map((x) => x.server)), pg: mid(idleRates.map((x) => x.pg)) };
  const samples = new Map(
    ops.map((o) => [
      o.name,
      raw.get(o.name)!.map((d) => ({
        server: Math.max(0, d.server - idle.server * d.wall) / d.units,
        pg: Math.max(0, d.pg - idle.pg * d.wall) / d.units,
        wal: d.wal / d.units,
      })),
    ]),
  );
  const lost = [...raw.values()].flat().reduce((n, d) => n + d.lost, 0);

  // Disk per row, from the bench database. bench:data's COPY lands in the DEFAULT partition (its events are
  // dated 2024, before the first month made); this month's partitions hold only rows written through the API.
  const month = new Date().toISOString().slice(0, 7).replace('-', '_');
  const relations: [string, string][] = [
    ['custody_event, bench:data by COPY', 'custody_event_default'],
    ['custody_event, this run through the API', `custody_event_${month}`],
    ['ledger_entry, this run (one per event)', `ledger_entry_${month}`],
    ['epcis_event, this run (captured events)', `epcis_event_${month}`],
    ['epcis_event_epc (captured identifiers)', 'epcis_event_epc'],
    ['lot_holding (one per lot and holder)', 'lot_holding'],
    ['lot', 'lot'],
    ['lot_input (lineage edges)', 'lot_input'],
  ];
  const disk: { label: string; rows: number; total: number; heap: number; indexes: number }[] = [];
  for (const [label, rel] of relations) {
    const {
      rows: [d],
    } = await mon.query<{ rows: string; total: string; heap: string; indexes: string }>(
      `select (select count(*) from ${rel})::text as rows, pg_total_relation_size($1::regclass)::text as total,
              pg_relation_size($1::regclass)::text as heap, pg_indexes_size($1::regclass)::text as indexes`,
      [rel],
    );
    disk.push({
      label,
      rows: Number(d.rows),
      total: Number(d.total),
      heap: Number(d.heap),
      indexes: Number(d.indexes),
    });
  }
  await mon.end();
  const loadAfter = os.loadavg();

  // The table.
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const med = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
  const ms = (s: number) => (s * 1000 < 1 ? (s * 1000).toFixed(3) : (s * 1000).toFixed(2));
  const healthz = samples.get(ops[1].name)!;
  const healthzTotal = med(healthz.map((x) => x.server + x.pg));
  console.log(
    `\nCPU per operation: ${ROUNDS} rounds after a warm-up; ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}); ` +
      `load average ${loadBefore[0].toFixed(1)} at start, ${loadAfter[0].toFixed(1)} at end`,
  );
  console.log(
    `reads as ${process.env.DATABASE_NAMED_STATEMENTS === 'false' ? 'unnamed statements (DATABASE_NAMED_STATEMENTS=false, as behind PgBouncer 1.18 in transaction mode)' : 'named prepared statements (the default on a direct connection)'}`,
  );
  console.log(
    `server idle ${ms(idle.server)} ms/s and its connections ${ms(idle.pg)} ms/s (pollers), subtracted per second of each round`,
  );
  console.log(
    `\n${'operation'.padEnd(42)} ${'server ms'.padStart(10)} ${'(min–max)'.padStart(17)} ${'PostgreSQL ms'.padStart(14)} ${'(min–max)'.padStart(17)} ${'total ms'.padStart(9)} ${'× /healthz'.padStart(10)} ${'per core-s'.padStart(10)}`,
  );
  const figures: Record<string, { server: number; pg: number; total: number; wal: number }> = {};
  for (const op of ops) {
    const s = samples.get(op.name)!;
    const sv = s.map((x) => x.server);
    const pv = s.map((x) => x.pg);
    const total = med(s.map((x) => x.server + x.pg));
    figures[op.name] = { server: med(sv), pg: med(pv), total, wal: Math.min(...s.map((x) => x.wal)) };
    const range = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`.padStart(17);
    console.log(
      `${`${op.name} /${op.unit}`.padEnd(42)} ${ms(med(sv)).padStart(10)} ${range(sv)} ${ms(med(pv)).padStart(14)} ${range(pv)} ${ms(total).padStart(9)} ${(total / healthzTotal).toFixed(1).padStart(10)} ${(1 / total).toFixed(0).padStart(10)}`,
    );
  }
  const spread = (name: string) => {
    const t = samples.get(name)!.map((x) => x.server + x.pg);
    return ((Math.max(...t) - Math.min(...t)) / med(t)) * 100;
  };
  console.log(
    `\nnoise: (max − min) / median of the total over rounds: ${ops.map((o) => `${o.name.split(' (')[0]} ${spread(o.name).toFixed(0)}%`).join(', ')}`,
  );
  if (lost) console.log(`note: ${lost} backend(s) ended during a round; their last CPU is not counted`);
  const wal = (name: string) => (figures[name].wal / 1024).toFixed(2);
  console.log(
    `WAL per event (cluster-wide, least over rounds, so an upper bound): GraphQL bulk ${wal('custody event, GraphQL bulk (1,000/call)')} kB, one per call ${wal('custody event, one per call')} kB, EPCIS ${wal('custody event, EPCIS capture (1,000/doc)')} kB`,
  );

  console.log(
    `\n${'disk (pg_total_relation_size: heap, indexes, TOAST, maps)'.padEnd(44)} ${'rows'.padStart(10)} ${'bytes/row'.padStart(10)} ${'heap'.padStart(6)} ${'indexes'.padStart(8)}`,
  );
  for (const d of disk) {
    if (!d.rows) continue;
    const per = (x: number) => (x / d.rows).toFixed(0);
    console.log(
      `${d.label.padEnd(44)} ${String(d.rows).padStart(10)} ${per(d.total).padStart(10)} ${per(d.heap).padStart(6)} ${per(d.indexes).padStart(8)}`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

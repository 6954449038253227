import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { toGlobalId } from '../../src/common/global-id';
import { BENCH_INGEST_KEY, BENCH_URL } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:ingest` (after `npm run bench:data`): 100k custody events through the bulk mutation,
 * 1,000 per call, and the same rows through COPY, in one run; rows per second and the ratio. The
 * events are shipments from the bench distributor's warehouse to 100 stores, over 100 lots.
 */
const TOTAL = Number(process.env.BENCH_EVENTS ?? 100_000);
const PER_CALL = 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = 1,
  LOC = 2,
  LOT = 4;
const DISTRIBUTOR = 700; // organization index of distributor 0, which owns the bench ingest key
const RETAILER0 = 900;
const lotUuid = (i: number) => uid(LOT, 9 * 100_000 + (i % 100));

const MUTATION = `mutation($input: CustodyEventsRecordInput!) { custodyEventsRecord(input: $input) { replayed events { id } errors { code field message } } }`;

function eventsFor(call: number) {
  return Array.from({ length: PER_CALL }, (_, k) => {
    const n = call * PER_CALL + k;
    const store = RETAILER0 + (n % 100);
    // Each call touches 10 lots, and concurrent calls different ones, as separate clients would.
    return {
      type: 'SHIPPED',
      lot: toGlobalId('Lot', lotUuid(call * 10 + (k % 10))),
      location: toGlobalId('Location', uid(LOC, DISTRIBUTOR)),
      quantity: 1,
      occurredAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
      counterparty: toGlobalId('Organization', uid(ORG, store)),
      counterpartyLocation: toGlobalId('Location', uid(LOC, store)),
      referenceDocument: `DN-ING-${n}`,
    };
  });
}

async function main(): Promise<void> {
  const server = await startServer(BENCH_URL);
  const calls = TOTAL / PER_CALL;
  const run = `${Date.now()}`;
  const post = async (call: number) => {
    const res = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_INGEST_KEY}` },
      body: JSON.stringify({
        query: MUTATION,
        variables: { input: { idempotencyKey: `ingest-${run}-${call}`, events: eventsFor(call) } },
      }),
    });
    const body = (await res.json()) as {
      data?: { custodyEventsRecord: { events: { id: string }[] | null; errors: unknown[] } };
      errors?: unknown;
    };
    const r = body.data?.custodyEventsRecord;
    if (!r || r.errors.length || r.events?.length !== PER_CALL)
      throw new Error(`call ${call}: ${JSON.stringify(body).slice(0, 500)}`);
  };
  await post(calls); // warm up (one extra call, not counted)

  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < calls) await post(next++);
    }),
  );
  const apiSeconds = (performance.now() - t0) / 1000;
  await server.stop();

  // The same rows through COPY.
  const client = new pg.Client({ connectionString: BENCH_URL });
  await client.connect();
  const rows = function* () {
    for (let call = 0; call < calls; call++) {
      for (const e of eventsFor(call)) {
        const lot = Buffer.from(e.lot, 'base64url').toString().split(':')[1];
        const cp = Buffer.from(e.counterparty, 'base64url').toString().split(':')[1];
        const cpl = Buffer.from(e.counterpartyLocation, 'base64url').toString().split(':')[1];
        yield `${randomUUID()}\t${lot}\tSHIPPED\t${uid(ORG, DISTRIBUTOR)}\t${uid(LOC, DISTRIBUTOR)}\t${cp}\t${cpl}\t1\t${e.occurredAt}\t${new Date().toISOString()}\t${e.referenceDocument}\n`;
      }
    }
  };
  const t1 = performance.now();
  await pipeline(
    Readable.from(rows()),
    client.query(
      copyFrom(
        'copy custody_event (id, lot_id, type, organization_id, location_id, counterparty_id, counterparty_location_id, quantity, occurred_at, recorded_at, reference_document) from stdin',
      ),
    ),
  );
  const copySeconds = (performance.now() - t1) / 1000;
  await client.end();

  const apiRate = TOTAL / apiSeconds;
  const copyRate = TOTAL / copySeconds;
  console.log(`\ningest of ${TOTAL} custody events                 seconds     rows/s`);
  console.log(
    `GraphQL bulk mutation (1,000/call, ${CONCURRENCY} clients) ${apiSeconds.toFixed(2).padStart(9)} ${apiRate.toFixed(0).padStart(10)}`,
  );
  console.log(
    `COPY                                           ${copySeconds.toFixed(2).padStart(9)} ${copyRate.toFixed(0).padStart(10)}`,
  );
  console.log(`API / COPY throughput: ${(apiRate / copyRate).toFixed(2)}`);
  console.log(`target: at least 40,000 rows/s through GraphQL: ${apiRate >= 40_000 ? 'met' : 'MISSED'}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

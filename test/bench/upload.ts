import 'reflect-metadata';
import { BENCH_INGEST_KEY, BENCH_URL, withClient } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:upload` (after `npm run bench:data`): one spreadsheet of 10,000 rows (BENCH_ROWS) through the
 * import API, as the console's upload sends it: `custodyImportPrepare` (every row resolved by GTIN, lot number
 * and GLN, and checked), then `custodyImportRun` followed to the end; seconds and rows per second of each. The rows
 * are shipments from the bench distributor's warehouse to 100 stores, over 100 lots (as `bench:ingest`).
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const LOC = 2,
  LOT = 4;
const DISTRIBUTOR = 700;
const RETAILER0 = 900;

async function gql<T>(base: string, query: string, variables: unknown): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_INGEST_KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body).slice(0, 500));
  return body.data;
}

async function main(): Promise<void> {
  const keys = await withClient(BENCH_URL, async (c) => {
    const lots = await c.query<{ gtin: string; lot_number: string }>(
      'select p.gtin, l.lot_number from lot l join product p on p.id = l.product_id where l.id = any($1::uuid[])',
      [Array.from({ length: 100 }, (_, i) => uid(LOT, 9 * 100_000 + i))],
    );
    const glns = await c.query<{ id: string; gln: string }>('select id, gln from location where id = any($1::uuid[])', [
      [uid(LOC, DISTRIBUTOR), ...Array.from({ length: 100 }, (_, i) => uid(LOC, RETAILER0 + i))],
    ]);
    return { lots: lots.rows, gln: new Map(glns.rows.map((r) => [r.id, r.gln])) };
  });
  const run = Date.now();
  const rows = Array.from({ length: ROWS }, (_, n) => ({
    type: 'SHIPPED',
    gtin: keys.lots[n % keys.lots.length].gtin,
    lotNumber: keys.lots[n % keys.lots.length].lot_number,
    quantity: 1,
    occurredAt: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString(),
    location: keys.gln.get(uid(LOC, DISTRIBUTOR))!,
    counterpartyLocation: keys.gln.get(uid(LOC, RETAILER0 + (n % 100))),
    referenceDocument: `DN-UP-${run}-${n}`,
  }));

  const server = await startServer(BENCH_URL);
  try {
    const t0 = performance.now();
    const prepared = await gql<{ custodyImportPrepare: { import: { id: string } | null; errors: unknown[] } }>(
      server.base,
      'mutation($i: CustodyImportInput!) { custodyImportPrepare(input: $i) { import { id } errors { code field } } }',
      { i: { idempotencyKey: `bench-${run}`, fileName: 'bench.csv', rows } },
    );
    const prepareSeconds = (performance.now() - t0) / 1000;
    const id = prepared.custodyImportPrepare.import?.id;
    if (!id) throw new Error(JSON.stringify(prepared.custodyImportPrepare.errors).slice(0, 500));

    const t1 = performance.now();
    await gql(server.base, 'mutation($id: ID!) { custodyImportRun(import: $id) { errors { code } } }', { id });
    let status = 'RUNNING';
    while (status === 'RUNNING') {
      await new Promise((r) => setTimeout(r, 50));
      status = (
        await gql<{ node: { status: string } }>(
          server.base,
          'query($id: ID!) { node(id: $id) { ... on CustodyImport { status } } }',
          { id },
        )
      ).node.status;
    }
    const runSeconds = (performance.now() - t1) / 1000;
    if (status !== 'RECORDED') throw new Error(`the import ended ${status}`);
    console.log(`\nspreadsheet import of ${ROWS} rows          seconds     rows/s`);
    console.log(
      `custodyImportPrepare (resolve + check) ${prepareSeconds.toFixed(2).padStart(9)} ${(ROWS / prepareSeconds)
        .toFixed(0)
        .padStart(10)}`,
    );
    console.log(
      `custodyImportRun (check again + write)  ${runSeconds.toFixed(2).padStart(9)} ${(ROWS / runSeconds)
        .toFixed(0)
        .padStart(10)}`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * The spreadsheet import through the GraphQL API: `custodyImportPrepare` checks every row by business keys and
 * names each problem by row and column, records nothing, and answers the same key with the same import;
 * `custodyImportRun` records all rows at once, and once. Receipts find their shipment by despatch advice number.
 */

let h: Harness;
const ERQI = '丹尼斯二七店 Dennis Erqi store';
const SEAT = DEMO_LOTS.carSeat;

const PREPARE = `mutation($i: CustodyImportInput!) { custodyImportPrepare(input: $i) {
  replayed import { id status rowCount counts { type count } } errors { code field } } }`;
const RUN = `mutation($id: ID!) { custodyImportRun(import: $id) {
  replayed import { id status } errors { code field } } }`;
const STATUS = `query($id: ID!) { node(id: $id) { ... on CustodyImport { status recordedCount rowCount
  rows(first: 2) { row type quantity lot { lotNumber } location { name } } errors { code } } } }`;

type Prepared = {
  custodyImportPrepare: {
    replayed: boolean;
    import: { id: string; status: string; rowCount: number; counts: { type: string; count: number }[] } | null;
    errors: { code: string; field: string[] }[];
  };
};

const sale = (over: Record<string, unknown> = {}) => ({
  type: 'SOLD',
  gtin: SEAT.gtin,
  lotNumber: SEAT.lotNumber,
  quantity: 1,
  occurredAt: '2026-11-20T02:00:00Z',
  location: ERQI,
  referenceDocument: 'POS-A',
  ...over,
});

async function prepare(key: string, rows: unknown[], apiKey: string = DEMO_KEYS.RETAILER) {
  const r = await h.gql<Prepared, unknown>(
    PREPARE,
    { i: { idempotencyKey: key, fileName: `${key}.csv`, rows } },
    apiKey,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.custodyImportPrepare;
}

async function runToEnd(id: string): Promise<{ status: string; recordedCount: number }> {
  const r = await h.gql<{ custodyImportRun: { errors: unknown[] } }, unknown>(RUN, { id }, DEMO_KEYS.RETAILER);
  expect(r.data!.custodyImportRun.errors).toEqual([]);
  for (;;) {
    const s = await h.gql<{ node: { status: string; recordedCount: number } }, unknown>(
      'query($id: ID!) { node(id: $id) { ... on CustodyImport { status recordedCount } } }',
      { id },
      DEMO_KEYS.RETAILER,
    );
    if (s.data!.node.status !== 'RUNNING') return s.data!.node;
    await new Promise((res) => setImmediate(res));
  }
}

async function seats(): Promise<number> {
  type Entry = { onHand: number; lot: { lotNumber: string }; location: { name: string } };
  const r = await h.gql<{ viewer: { organization: { stock: { nodes: Entry[] } } } }, unknown>(
    '{ viewer { organization { stock(first: 100) { nodes { onHand lot { lotNumber } location { name } } } } } }',
    {},
    DEMO_KEYS.RETAILER,
  );
  return r
    .data!.viewer.organization.stock.nodes.filter((s) => s.lot.lotNumber === SEAT.lotNumber && s.location.name === ERQI)
    .reduce((n, s) => n + s.onHand, 0);
}

beforeAll(async () => {
  h = await startDemoHarness();
}, 120_000);
afterAll(() => h?.close());

describe('custodyImportPrepare', () => {
  it('names every problem by row and column, and keeps nothing', async () => {
    const r = await prepare('bad-1', [
      sale(),
      sale({ gtin: '123' }),
      sale({ location: 'nowhere' }),
      sale({ type: 'SHIPPED' }),
      sale({ type: 'SHIPPED', counterpartyLocation: '0000000000000' }),
      sale({ type: 'RECEIVED', lotNumber: SEAT.lotNumber }),
      sale({ quantity: 1_000_000 }),
    ]);
    expect(r.import).toBeNull();
    expect(r.errors).toEqual([
      { code: 'INVALID_GTIN', field: ['input', 'rows', '1', 'gtin'] },
      { code: 'LOCATION_NOT_FOUND', field: ['input', 'rows', '2', 'location'] },
      { code: 'COUNTERPARTY_REQUIRED', field: ['input', 'rows', '3', 'counterpartyLocation'] },
      { code: 'COUNTERPARTY_NOT_FOUND', field: ['input', 'rows', '4', 'counterpartyLocation'] },
      { code: 'NO_SHIPMENT', field: ['input', 'rows', '5', 'quantity'] },
      { code: 'INSUFFICIENT_QUANTITY', field: ['input', 'rows', '6', 'quantity'] },
    ]);
    // The stock is checked once every row keeps the rules (as `custodyEventsRecord` does).
    const late = await prepare('bad-2', [sale({ occurredAt: '2099-01-01T00:00:00Z' }), sale({ quantity: 1e6 })]);
    expect(late.errors).toEqual([{ code: 'FUTURE_DATE', field: ['input', 'rows', '0', 'occurredAt'] }]);
  });

  it('refuses an empty file and a bad key', async () => {
    expect((await prepare('empty', [])).errors).toEqual([{ code: 'NO_ROWS', field: ['input', 'rows'] }]);
    expect((await prepare('bad key', [sale()])).errors[0].code).toBe('INVALID_IDEMPOTENCY_KEY');
  });

  it('records all rows once: the same key answers the same import, and running it again records nothing', async () => {
    const before = await seats();
    const first = await prepare('day-1', [sale(), sale({ quantity: 2, referenceDocument: 'POS-B' })]);
    expect(first).toMatchObject({
      replayed: false,
      errors: [],
      import: { status: 'VALIDATED', rowCount: 2, counts: [{ type: 'SOLD', count: 2 }] },
    });
    const again = await prepare('day-1', [sale()]);
    expect(again).toMatchObject({ replayed: true, import: { id: first.import!.id, rowCount: 2 } });
    expect(await seats()).toBe(before);

    expect(await runToEnd(first.import!.id)).toMatchObject({ status: 'RECORDED', recordedCount: 2 });
    expect(await seats()).toBe(before - 3);
    const rerun = await h.gql<{ custodyImportRun: { replayed: boolean; import: { status: string } } }, unknown>(
      RUN,
      { id: first.import!.id },
      DEMO_KEYS.RETAILER,
    );
    expect(rerun.data!.custodyImportRun).toMatchObject({ replayed: true, import: { status: 'RECORDED' } });
    expect(await seats()).toBe(before - 3);
  });

  it('fails whole when the stock moved after the check, and the same file may be prepared again', async () => {
    const left = await seats();
    const imp = await prepare('late', [sale({ quantity: left })]);
    const other = await prepare('first', [sale({ quantity: 1 })]);
    await runToEnd(other.import!.id);
    const end = await runToEnd(imp.import!.id);
    expect(end.status).toBe('FAILED');
    const s = await h.gql<{ node: { errors: { code: string }[] } }, unknown>(
      STATUS,
      { id: imp.import!.id },
      DEMO_KEYS.RETAILER,
    );
    expect(s.data!.node.errors.map((e) => e.code)).toEqual(['INSUFFICIENT_QUANTITY']);
    expect(await seats()).toBe(left - 1);
    const retry = await prepare('late', [sale({ quantity: left - 1 })]);
    expect(retry).toMatchObject({ replayed: true, import: { id: imp.import!.id, status: 'VALIDATED' } });
  });

  it("is its organization's own: others get null from node and NOT_FOUND from run", async () => {
    const imp = await prepare('mine', [sale()]);
    const seen = await h.gql<{ node: unknown }, unknown>(STATUS, { id: imp.import!.id }, DEMO_KEYS.PRODUCER);
    expect(seen.data!.node).toBeNull();
    const run = await h.gql<{ custodyImportRun: { errors: { code: string }[] } }, unknown>(
      RUN,
      { id: imp.import!.id },
      DEMO_KEYS.PRODUCER,
    );
    expect(run.data!.custodyImportRun.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('runs the same statements for 2 rows as for 300 (no statement per row), prepare and run', async () => {
    const rows = (n: number, tag: string) =>
      Array.from({ length: n }, (_, i) =>
        sale({
          quantity: 0.001,
          referenceDocument: `${tag}-${i}`,
        }),
      );
    // The scan pages' cache hears of the changed lots after the run commits, whenever that lands: left out.
    const own = () => h.queries.filter((q) => !q.startsWith('select p.gtin from lot l join product p'));
    const count = async (n: number, tag: string) => {
      h.resetQueries();
      const p = await prepare(tag, rows(n, tag));
      expect(p.errors).toEqual([]);
      const prepared = own().length;
      h.resetQueries();
      await runToEnd(p.import!.id);
      // While it runs the test polls its status: those reads (the import's row, the key) are not the run's.
      const ran = own().filter((q) => !/from "?(custody_import|api_key)"?/.test(q));
      return { prepared, ran: ran.length };
    };
    await count(1, 'qc-warm');
    const small = await count(2, 'qc-small');
    const large = await count(300, 'qc-large');
    expect(large).toEqual(small);
    expect(small).toEqual({ prepared: 9, ran: 13 });
  });
});

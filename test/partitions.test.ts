import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detachPartitions, ensurePartitions, listPartitions } from '../src/db/partitions';
import { verifyChain } from '../src/modules/ledger/ledger.verify';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import type { Lot } from '../src/modules/lot/lot.entity';
import { LotTraceDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/**
 * Custody events, ledger entries and EPCIS events partitioned by month (Migration20261203000000Partitions):
 * a time range reads only its months, the append-only guards and the ledger's verification hold across
 * months, months are made ahead and old ones detached.
 */

let h: Harness;
let w: World;
let lot: Lot;

type Plan = { Plan: PlanNode }[];
interface PlanNode {
  'Relation Name'?: string;
  Plans?: PlanNode[];
}
function relationsOf(node: PlanNode, into = new Set<string>()): Set<string> {
  if (node['Relation Name']) into.add(node['Relation Name']);
  for (const p of node.Plans ?? []) relationsOf(p, into);
  return into;
}
async function tablesRead(sql: string): Promise<string[]> {
  const [row] = await h.em().getConnection().execute<{ 'QUERY PLAN': Plan }[]>(`explain (format json) ${sql}`);
  return [...relationsOf(row['QUERY PLAN'][0].Plan)].sort();
}

/**
 * The tables a logged statement may read, whatever its parameters: its generic plan (prepared, parameters
 * unknown, so no partition is pruned at plan time) lists every relation it can touch.
 */
let prepared = 0;
async function tablesMayRead(logged: string): Promise<string[]> {
  let n = 0;
  // Logged with `?` placeholders, or with `$n` ones as sent.
  const text = logged.replace(/ \[took [^\]]*\]$/s, '').replace(/\?/g, () => `$${++n}`);
  for (const m of text.matchAll(/\$(\d+)/g)) n = Math.max(n, Number(m[1]));
  return h.tx(async (em) => {
    await em.execute(`set local plan_cache_mode = force_generic_plan`);
    const name = `may_read_${++prepared}`;
    await em.execute(`prepare ${name} as ${text}`);
    const args = Array.from({ length: n }, () => 'null').join(', ');
    const [row] = await em.execute<{ 'QUERY PLAN': Plan }[]>(
      `explain (format json) execute ${name}${n ? `(${args})` : ''}`,
    );
    await em.execute(`deallocate ${name}`);
    return [...relationsOf(row['QUERY PLAN'][0].Plan)].sort();
  });
}

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  // Months from mid-2024 (the test's events), as the migration makes them from a database's oldest row.
  await ensurePartitions(h.em(), { from: new Date('2024-06-01T00:00:00Z') });
  lot = await h.tx(async (em) => {
    const product = await makeProduct(em, w.supplier.org, {
      gtin: gtin13(9301),
      name: '电芯',
      category: ProductCategory.MATERIAL,
    });
    const l = await makeLot(em, w.supplier.org, product, {
      lotNumber: 'PART-1',
      producedOn: '2024-07-03',
      quantity: 100,
      location: w.supplier.site,
    });
    await shipAndReceive(
      em,
      l,
      { org: w.supplier.org, location: w.supplier.site },
      { org: w.distributor.org, location: w.distributor.site },
      60,
      new Date('2024-08-10T02:00:00Z'),
    );
    await shipAndReceive(
      em,
      l,
      { org: w.distributor.org, location: w.distributor.site },
      { org: w.retailer.org, location: w.retailer.site },
      20,
      new Date('2024-09-12T02:00:00Z'),
    );
    return l;
  });
});
afterAll(() => h?.close());

describe('monthly partitions', () => {
  it('puts each event in the partition of its month', async () => {
    const rows = await h
      .em()
      .getConnection()
      .execute<{ partition: string; n: number }[]>(
        `select tableoid::regclass::text as partition, count(*)::int as n from custody_event where lot_id = ? group by 1 order by 1`,
        [lot.id],
      );
    expect(rows).toEqual([
      { partition: 'custody_event_2024_07', n: 1 },
      { partition: 'custody_event_2024_08', n: 2 },
      { partition: 'custody_event_2024_09', n: 2 },
    ]);
  });

  it('a query naming a time range reads only the partitions of that range (EXPLAIN)', async () => {
    expect(
      await tablesRead(`select count(*) from custody_event
       where occurred_at >= '2024-08-01T00:00:00Z' and occurred_at < '2024-09-01T00:00:00Z'`),
    ).toEqual(['custody_event_2024_08']);
    expect(
      await tablesRead(`select * from custody_event
       where lot_id = '${lot.id}' and occurred_at >= '2024-08-15T00:00:00Z' and occurred_at < '2024-09-20T00:00:00Z'`),
    ).toEqual(['custody_event_2024_08', 'custody_event_2024_09']);
    expect(
      await tablesRead(
        `select * from ledger_entry where recorded_at >= date_trunc('month', now()) and recorded_at < date_trunc('month', now()) + interval '1 month'`,
      ),
    ).toEqual([`ledger_entry_${new Date().toISOString().slice(0, 7).replace('-', '_')}`]);
    expect(
      await tablesRead(
        `select * from epcis_event where event_time >= '2024-07-01T00:00:00Z' and event_time < '2024-08-01T00:00:00Z'`,
      ),
    ).toEqual(['epcis_event_2024_07']);
  });

  it('a scan page and the public trace of a lot read no partition of custody_event (generic plans)', async () => {
    // The check sees a statement on custody_event without a time range: its plan reads every month.
    const everyMonth = await tablesMayRead('select count(*) from custody_event e where e.lot_id = ?');
    expect(everyMonth).toEqual(expect.arrayContaining(['custody_event_2024_07', 'custody_event_2024_08']));

    h.resetQueries();
    const page = await h.http.app.inject({ method: 'GET', url: `/01/0${gtin13(9301)}/10/PART-1` });
    expect(page.statusCode).toBe(200);
    // The holders: the supplier (produced, shipped), the distributor (received, shipped on), the retailer.
    expect(page.body).toContain(w.retailer.org.name);
    const trace = await h.gql(LotTraceDocument, { gtin: gtin13(9301), lotNumber: 'PART-1' });
    expect(trace.errors).toBeUndefined();
    expect(trace.data!.lot!.holders.totalCount).toBe(3);
    const statements = [...h.queries];
    expect(statements.length).toBeGreaterThan(0);
    for (const sql of statements) {
      const tables = await tablesMayRead(sql);
      expect(tables.length, sql).toBeGreaterThan(0);
      expect(
        tables.filter((t) => t.startsWith('custody_event')),
        sql,
      ).toEqual([]);
    }
  });

  it('refuses changes to events and ledger entries on the table and on every partition', async () => {
    const refused = (sql: string) => expect(h.em().getConnection().execute(sql)).rejects.toThrow(/is append-only/);
    await refused(`update custody_event set note = 'x' where lot_id = '${lot.id}'`);
    await refused(`update custody_event_2024_08 set note = 'x'`);
    await refused(`delete from custody_event_2024_09`);
    await refused(`delete from ledger_entry where organization_id = '${w.supplier.org.id}'`);
    const month = `ledger_entry_${new Date().toISOString().slice(0, 7).replace('-', '_')}`;
    await refused(`update ${month} set hash = hash`);
    await refused(`truncate ${month}`);
    await refused(`truncate ledger_entry_default`);
    await refused(`truncate ledger_entry`);
  });

  it('verifies a ledger chain whose entries lie in several months', async () => {
    // The supplier's chain, copied entry for entry to an organization without one, its entries spread over
    // three months: the chain does not hold the organization or the time, so it verifies as it is.
    const conn = h.em().getConnection();
    const entries = await conn.execute<{ seq: number }[]>(
      `select * from ledger_entry where organization_id = ? order by seq`,
      [w.supplier.org.id],
    );
    expect(entries.length).toBeGreaterThanOrEqual(3);
    await conn.execute(
      `insert into ledger_entry (organization_id, seq, record_type, record_id, content_hash, prev_hash, hash, recorded_at)
       select ?, seq, record_type, record_id, content_hash, prev_hash, hash,
              timestamptz '2024-07-15T00:00:00Z' + (least(seq - 1, 2) * interval '1 month')
         from ledger_entry where organization_id = ?`,
      [w.otherRetailer.org.id, w.supplier.org.id],
    );
    const months = await conn.execute<{ partition: string }[]>(
      `select distinct tableoid::regclass::text as partition from ledger_entry where organization_id = ? order by 1`,
      [w.otherRetailer.org.id],
    );
    expect(months.map((m) => m.partition)).toEqual([
      'ledger_entry_2024_07',
      'ledger_entry_2024_08',
      'ledger_entry_2024_09',
    ]);
    const result = await verifyChain(h.em(), w.otherRetailer.org.id);
    expect(result).toMatchObject({ entriesChecked: entries.length, firstBroken: null });
    expect((await verifyChain(h.em(), w.supplier.org.id)).firstBroken).toBeNull();
  });

  it('keeps months ready ahead, and detaches old ones for archive', async () => {
    const ahead = new Date();
    ahead.setUTCMonth(ahead.getUTCMonth() + 3);
    const name = `custody_event_${ahead.toISOString().slice(0, 7).replace('-', '_')}`;
    expect((await listPartitions(h.em())).map((p) => p.partition)).toContain(name);
    expect(await ensurePartitions(h.em())).toEqual([]);

    expect(await detachPartitions(h.em(), 'custody_event', new Date('2024-08-01T00:00:00Z'))).toEqual([
      'custody_event_2024_06',
      'custody_event_2024_07',
    ]);
    const left = await h
      .em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from custody_event where lot_id = ?`, [lot.id]);
    expect(left).toEqual([{ n: 4 }]);
    // The month is a table of its own now, to dump and drop.
    const archived = await h
      .em()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from custody_event_2024_07`);
    expect(archived).toEqual([{ n: 1 }]);
    await expect(detachPartitions(h.em(), 'ledger_entry', new Date('2024-08-01T00:00:00Z'))).rejects.toThrow(
      /kept whole/,
    );
  });
});

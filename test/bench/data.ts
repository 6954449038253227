import 'reflect-metadata';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { REBUILD_HOLDINGS } from '../../src/modules/custody/holding.sql';
import { initOrm, migrate } from '../../src/db/orm';
import { hashKey } from '../../src/modules/api-key/api-key.service';
import { creditCode, gln, gtin13 } from '../../seeds/factories';
import { adminUrl, BENCH_INGEST_KEY, BENCH_REGULATOR_KEY, BENCH_URL, dbName, withClient } from './bench-db';

/**
 * `npm run bench:data`: a reproducible dataset (fixed seed) loaded with COPY through the app's own
 * tables: 20k material lots, 100k product lots in 5 transformation tiers (300k input edges), 10k
 * sellers with stores, 500k shipments and receipts, 1M units sold, and one hub material lot used
 * directly by 1,000 lots (24,000 lots downstream).
 */
const N_MATERIAL = 20_000;
const N_TIER = 20_000;
const TIERS = 5;
const WINDOW = [0, 1000, 2000, 3000, 3000]; // tier k lot j also takes lot j - WINDOW[k-1] of tier k-1
const HUB_USERS = 1000;
const N_SUPPLIERS = 200;
const N_PRODUCERS = 500;
const N_DISTRIBUTORS = 200;
const N_RETAILERS = 9_800;
const SHIPPED_TIERS_FROM = 3; // tiers 3..5 go to market
const STORES_PER_LOT = [3, 4]; // alternately
const STORE_QTY = 20;
export const INGEST_LOTS = 100;

let seed = 20261127;
const rand = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n: number) => Math.floor(rand() * n);
/** Deterministic UUIDs: a kind prefix and a serial number. */
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const K = { org: 1, loc: 2, product: 3, lot: 4, edge: 5, event: 6, key: 7 };

const iso = (d: Date) => d.toISOString();
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000);

async function copy(
  c: import('pg').Client,
  table: string,
  columns: string[],
  rows: Iterable<unknown[]>,
): Promise<number> {
  let count = 0;
  const gen = function* () {
    let buf: string[] = [];
    for (const r of rows) {
      buf.push(
        r
          .map((v) =>
            v === null
              ? '\\N'
              : Array.isArray(v)
                ? `{${v.join(',')}}`
                : String(v).replace(/[\\\t\n]/g, (m) => (m === '\\' ? '\\\\' : m === '\t' ? '\\t' : '\\n')),
          )
          .join('\t'),
      );
      count++;
      if (buf.length >= 5000) {
        yield buf.join('\n') + '\n';
        buf = [];
      }
    }
    if (buf.length) yield buf.join('\n') + '\n';
  };
  await pipeline(Readable.from(gen()), c.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)));
  return count;
}

async function main(): Promise<void> {
  const started = Date.now();
  const name = dbName(BENCH_URL);
  await withClient(adminUrl(BENCH_URL), async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  const orm = await initOrm({ clientUrl: BENCH_URL, poolMax: 2 });
  await migrate(orm);
  await orm.close(true);

  await withClient(BENCH_URL, async (c) => {
    // The triggers guard the application's writes; a bulk load into an empty database needs none.
    await c.query(`set session_replication_role = replica`);
    const now = iso(new Date());
    // Organizations: suppliers, producers, distributors, retailers, a regulator.
    const orgs: { id: string; roles: string; region: string }[] = [];
    const cities = ['410102', '410105', '410303', '410204', '410702', '411303', '410502', '411002', '411602', '410802'];
    const addOrg = (roles: string, region: string) => orgs.push({ id: uid(K.org, orgs.length), roles, region });
    for (let i = 0; i < N_SUPPLIERS; i++) addOrg('{SUPPLIER}', cities[i % cities.length]);
    for (let i = 0; i < N_PRODUCERS; i++) addOrg('{PRODUCER}', cities[i % cities.length]);
    for (let i = 0; i < N_DISTRIBUTORS; i++) addOrg('{DISTRIBUTOR}', cities[i % cities.length]);
    for (let i = 0; i < N_RETAILERS; i++) addOrg('{RETAILER}', cities[pick(cities.length)]);
    addOrg('{REGULATOR}', '410000');
    const regulator = orgs[orgs.length - 1];
    await copy(
      c,
      'organization',
      ['id', 'name', 'credit_code', 'roles', 'region_code', 'gln', 'created_at'],
      orgs.map((o, i) => [
        o.id,
        `基准企业 ${i}`,
        creditCode(100_000 + i, o.region.slice(0, 4) + '00'),
        o.roles,
        o.region,
        gln(100_000 + i, '690997'),
        now,
      ]),
    );
    // One location each: factory, warehouse or store.
    const kind = (roles: string) =>
      roles.includes('RETAILER')
        ? 'STORE'
        : roles.includes('DISTRIBUTOR')
          ? 'WAREHOUSE'
          : roles.includes('REGULATOR')
            ? 'OFFICE'
            : 'FACTORY';
    await copy(
      c,
      'location',
      ['id', 'organization_id', 'name', 'kind', 'gln', 'region_code', 'address'],
      orgs.map((o, i) => [
        uid(K.loc, i),
        o.id,
        `基准网点 ${i}`,
        kind(o.roles),
        gln(100_000 + i, '690996'),
        o.region,
        `河南省 基准路 ${i} 号`,
      ]),
    );
    const supplier = (i: number) => i % N_SUPPLIERS;
    const producer = (i: number) => N_SUPPLIERS + (i % N_PRODUCERS);
    const distributor = (i: number) => N_SUPPLIERS + N_PRODUCERS + (i % N_DISTRIBUTORS);
    const retailer = (i: number) => N_SUPPLIERS + N_PRODUCERS + N_DISTRIBUTORS + (i % N_RETAILERS);

    // Products: 50 materials, 200 finished goods.
    const products: { id: string; owner: number; category: string }[] = [];
    for (let i = 0; i < 50; i++) products.push({ id: uid(K.product, i), owner: supplier(i), category: 'MATERIAL' });
    for (let i = 0; i < 200; i++)
      products.push({
        id: uid(K.product, 50 + i),
        owner: producer(i),
        category: i % 2 ? 'HOME_APPLIANCE' : 'CHILDRENS_GOODS',
      });
    await copy(
      c,
      'product',
      [
        'id',
        'owner_id',
        'gtin',
        'name',
        'category',
        'subcategory',
        'brand',
        'materials',
        'origin_country',
        'special_groups',
        'ccc_required',
        'created_at',
      ],
      products.map((p, i) => [
        p.id,
        orgs[p.owner].id,
        `0${gtin13(500_000 + i, '690888')}`,
        `基准产品 ${i}`,
        p.category,
        'bench',
        '基准',
        '[]',
        'CN',
        '{}',
        'false',
        now,
      ]),
    );

    // Lots: materials (tier 0), then 5 tiers of product lots.
    const lotId = (tier: number, j: number) => uid(K.lot, tier * 100_000 + j);
    const lotOwner = (tier: number, j: number) => (tier === 0 ? supplier(j) : producer(j));
    const lotRows = function* () {
      for (let tier = 0; tier <= TIERS; tier++) {
        const n = tier === 0 ? N_MATERIAL : N_TIER;
        for (let j = 0; j < n; j++) {
          const owner = lotOwner(tier, j);
          const product = tier === 0 ? products[j % 50] : products[50 + ((tier * 37 + j) % 200)];
          yield [
            lotId(tier, j),
            product.id,
            orgs[owner].id,
            `B${tier}-${j}`,
            iso(day(tier * 30)).slice(0, 10),
            tier === 0 ? 100_000 : 1000,
            'EACH',
            uid(K.loc, owner),
            now,
          ];
        }
      }
    };
    const lots = await copy(
      c,
      'lot',
      ['id', 'product_id', 'owner_id', 'lot_number', 'produced_on', 'quantity', 'unit', 'location_id', 'created_at'],
      lotRows(),
    );

    // Edges: tier 1 takes three materials (the hub, material 0, for j < 1000); tier k takes j and j - w of tier k-1 plus a material.
    const HUB = 0;
    const material = () => 1 + pick(N_MATERIAL - 1);
    const edges: [string, string, number][] = [];
    for (let j = 0; j < N_TIER; j++) {
      const inputs = j < HUB_USERS ? [HUB, material(), material()] : [material(), material(), material()];
      for (const m of new Set(inputs)) edges.push([lotId(1, j), lotId(0, m), 1]);
    }
    for (let tier = 2; tier <= TIERS; tier++) {
      for (let j = 0; j < N_TIER; j++) {
        const w = WINDOW[tier - 1];
        edges.push([lotId(tier, j), lotId(tier - 1, j), 1]);
        edges.push([lotId(tier, j), lotId(tier - 1, (j - w + N_TIER) % N_TIER), 1]);
        edges.push([lotId(tier, j), lotId(0, material()), 1]);
      }
    }
    const dedup = new Map(edges.map((e) => [`${e[0]}|${e[1]}`, e]));
    const tierOfLot = (id: string) => Math.floor(parseInt(id.slice(-12), 16) / 100_000);
    const edgeCount = await copy(
      c,
      'lot_input',
      ['id', 'output_id', 'input_id', 'quantity', 'occurred_at', 'recorded_at'],
      [...dedup.values()].map((e, i) => [uid(K.edge, i), e[0], e[1], e[2], iso(day(tierOfLot(e[0]) * 30)), now]),
    );

    // Events: produced, consumed, then tiers 3..5 go producer -> distributor -> 3 or 4 stores, each selling 5 units.
    let ev = 0;
    const counts = { PRODUCED: 0, CONSUMED: 0, SHIPPED: 0, RECEIVED: 0, SOLD: 0, soldUnits: 0 };
    const events = function* () {
      for (let tier = 0; tier <= TIERS; tier++) {
        const n = tier === 0 ? N_MATERIAL : N_TIER;
        for (let j = 0; j < n; j++) {
          const owner = lotOwner(tier, j);
          counts.PRODUCED++;
          yield [
            uid(K.event, ev++),
            lotId(tier, j),
            'PRODUCED',
            orgs[owner].id,
            uid(K.loc, owner),
            null,
            null,
            tier === 0 ? 100_000 : 1000,
            iso(day(tier * 30)),
            now,
            null,
            null,
          ];
        }
      }
      for (const e of dedup.values()) {
        const tier = tierOfLot(e[0]);
        const j = parseInt(e[0].slice(-12), 16) % 100_000;
        const owner = lotOwner(tier, j);
        counts.CONSUMED++;
        yield [
          uid(K.event, ev++),
          e[1],
          'CONSUMED',
          orgs[owner].id,
          uid(K.loc, owner),
          null,
          null,
          e[2],
          iso(day(tier * 30)),
          now,
          null,
          null,
        ];
      }
      let storeSeq = 0;
      for (let tier = SHIPPED_TIERS_FROM; tier <= TIERS; tier++) {
        for (let j = 0; j < N_TIER; j++) {
          const lot = lotId(tier, j);
          const p = lotOwner(tier, j);
          const d = distributor(j * 7 + tier);
          const stores = STORES_PER_LOT[j % 2];
          const t0 = day(tier * 30 + 5);
          const ship = uid(K.event, ev++);
          yield [
            ship,
            lot,
            'SHIPPED',
            orgs[p].id,
            uid(K.loc, p),
            orgs[d].id,
            uid(K.loc, d),
            stores * STORE_QTY,
            iso(t0),
            now,
            `DN-${tier}-${j}`,
            null,
          ];
          yield [
            uid(K.event, ev++),
            lot,
            'RECEIVED',
            orgs[d].id,
            uid(K.loc, d),
            orgs[p].id,
            uid(K.loc, p),
            stores * STORE_QTY,
            iso(new Date(t0.getTime() + 86_400_000)),
            now,
            `DN-${tier}-${j}`,
            ship,
          ];
          counts.SHIPPED++;
          counts.RECEIVED++;
          for (let s = 0; s < stores; s++) {
            const r = retailer(storeSeq++ * 7919);
            const t1 = new Date(t0.getTime() + (2 + s) * 86_400_000);
            const ship2 = uid(K.event, ev++);
            yield [
              ship2,
              lot,
              'SHIPPED',
              orgs[d].id,
              uid(K.loc, d),
              orgs[r].id,
              uid(K.loc, r),
              STORE_QTY,
              iso(t1),
              now,
              `DN-${tier}-${j}-${s}`,
              null,
            ];
            yield [
              uid(K.event, ev++),
              lot,
              'RECEIVED',
              orgs[r].id,
              uid(K.loc, r),
              orgs[d].id,
              uid(K.loc, d),
              STORE_QTY,
              iso(new Date(t1.getTime() + 86_400_000)),
              now,
              `DN-${tier}-${j}-${s}`,
              ship2,
            ];
            yield [
              uid(K.event, ev++),
              lot,
              'SOLD',
              orgs[r].id,
              uid(K.loc, r),
              null,
              null,
              5,
              iso(new Date(t1.getTime() + 5 * 86_400_000)),
              now,
              `POS-${tier}-${j}-${s}`,
              null,
            ];
            counts.SHIPPED++;
            counts.RECEIVED++;
            counts.SOLD++;
            counts.soldUnits += 5;
          }
        }
      }
    };
    const eventCount = await copy(
      c,
      'custody_event',
      [
        'id',
        'lot_id',
        'type',
        'organization_id',
        'location_id',
        'counterparty_id',
        'counterparty_location_id',
        'quantity',
        'occurred_at',
        'recorded_at',
        'reference_document',
        'shipment_id',
      ],
      events(),
    );

    // Lots for bench:ingest: 100 large lots in the ingesting distributor's warehouse.
    const ingestOrg = distributor(0);
    await copy(
      c,
      'lot',
      ['id', 'product_id', 'owner_id', 'lot_number', 'produced_on', 'quantity', 'unit', 'location_id', 'created_at'],
      Array.from({ length: INGEST_LOTS }, (_, i) => [
        lotId(9, i),
        products[50].id,
        orgs[ingestOrg].id,
        `ING-${i}`,
        '2024-01-01',
        10_000_000,
        'EACH',
        uid(K.loc, ingestOrg),
        now,
      ]),
    );
    await copy(
      c,
      'custody_event',
      ['id', 'lot_id', 'type', 'organization_id', 'location_id', 'quantity', 'occurred_at', 'recorded_at'],
      Array.from({ length: INGEST_LOTS }, (_, i) => [
        uid(K.event, ev++),
        lotId(9, i),
        'PRODUCED',
        orgs[ingestOrg].id,
        uid(K.loc, ingestOrg),
        10_000_000,
        iso(day(0)),
        now,
      ]),
    );

    await copy(
      c,
      'api_key',
      ['id', 'organization_id', 'key_hash', 'prefix', 'label', 'scope', 'created_at'],
      [
        [
          uid(K.key, 0),
          regulator.id,
          hashKey(BENCH_REGULATOR_KEY),
          BENCH_REGULATOR_KEY.slice(0, 12),
          'bench regulator',
          'WRITE',
          now,
        ],
        [
          uid(K.key, 1),
          orgs[distributor(0)].id,
          hashKey(BENCH_INGEST_KEY),
          BENCH_INGEST_KEY.slice(0, 12),
          'bench ingest',
          'WRITE',
          now,
        ],
      ],
    );
    await c.query(`set session_replication_role = origin`);
    // The load bypassed the trigger that keeps the holdings: build them from the events, as `npm run holdings -- rebuild` does.
    await c.query(REBUILD_HOLDINGS);
    await c.query('vacuum analyze');
    console.log(
      JSON.stringify(
        {
          database: name,
          organizations: orgs.length,
          lots,
          materialLots: N_MATERIAL,
          productLots: N_TIER * TIERS,
          inputEdges: edgeCount,
          events: eventCount,
          ...counts,
          hubLot: lotId(0, HUB),
          seconds: Math.round((Date.now() - started) / 100) / 10,
        },
        null,
        1,
      ),
    );
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

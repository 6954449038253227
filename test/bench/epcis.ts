import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { fromGlobalId, toGlobalId } from '../../src/common/global-id';
import { hashKey } from '../../src/modules/api-key/api-key.service';
import { BENCH_INGEST_KEY, BENCH_REGULATOR_KEY, BENCH_URL, adminUrl, dbName, stats, withClient } from './bench-db';
import { startServer } from './server-process';

/**
 * `npm run bench:epcis` (after `npm run bench:data`), in one run:
 *
 * 1. Queries on the benchmark data (1.17M custody events recorded as the chain): `MATCH_anyEPC=<lot>` and
 *    `EQ_bizLocation=<SGLN>` over HTTP, first page (perPage=30), median and p95, beside the hand-written index
 *    read each reduces to (raw pg). With BENCH_MIRROR=1 (the default) the same queries also run against a
 *    copy of the data whose custody events are mirrored into the EPCIS store: the alternative design, measured.
 * 2. Capture of a 10,000-event document (5,000 receipts of shipments of existing lots and 5,000 shipments
 *    onward) by a distributor, against the same events through the GraphQL bulk mutation (1,000 per call)
 *    and against COPY of the same rows into the same tables (custody_event, epcis_event, epcis_event_epc).
 */
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const HALF = 5000;
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const ORG = 1,
  LOC = 2,
  LOT = 4;
const D0 = 700,
  D1 = 701,
  RETAILER0 = 900;
const D1_KEY = 'trk_bench_epcis_d1';
const ingLot = (i: number) => uid(LOT, 9 * 100_000 + (i % 100));

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await work();
  return [r, performance.now() - t0];
}

const fmt = (ms: number) => ms.toFixed(1).padStart(8);

/** Creates the mirror: a copy of the benchmark database whose custody events are also rows of the EPCIS store. */
async function buildMirror(name: string): Promise<string> {
  const url = new URL(BENCH_URL);
  url.pathname = `/${name}`;
  await withClient(adminUrl(BENCH_URL), async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name} template ${dbName(BENCH_URL)}`);
  });
  await withClient(url.toString(), async (c) => {
    await c.query('set session_replication_role = replica');
    await c.query(`insert into epcis_event (event_id, event_time, record_time, event_time_zone_offset, type, action,
       biz_step, disposition, read_point, biz_location,
                                           recorded_by, visible_to, capture_id, chain, context, body)
      select 'urn:uuid:' || e.id, e.occurred_at, e.recorded_at, '+08:00', case when e.type = 'CONSUMED' then
        'TransformationEvent' else 'ObjectEvent' end,
             case when e.type = 'PRODUCED' then 'ADD' when e.type = 'CONSUMED' then null else 'OBSERVE' end,
               lower(e.type), null,
             'https://id.gs1.org/414/' || loc.gln, 'https://id.gs1.org/414/' || loc.gln, e.organization_id,
             array_remove(array[e.organization_id, e.counterparty_id], null), null, 'RECORDED', '[]',
             jsonb_build_object('type', 'ObjectEvent', 'eventTime', e.occurred_at, 'eventTimeZoneOffset', '+08:00',
               'action', 'OBSERVE',
               'bizStep', lower(e.type), 'quantityList', jsonb_build_array(jsonb_build_object('epcClass',
                 'https://id.gs1.org/01/' || p.gtin || '/10/' || l.lot_number,
               'quantity', e.quantity, 'uom', 'EA')), 'readPoint', jsonb_build_object('id',
                 'https://id.gs1.org/414/' || loc.gln),
               'bizLocation', jsonb_build_object('id', 'https://id.gs1.org/414/' || loc.gln), 'bizTransactionList',
               jsonb_build_array(jsonb_build_object('type', 'desadv', 'bizTransaction',
                 coalesce(e.reference_document, 'none'))))
        from custody_event e join lot l on l.id = e.lot_id join product p on p.id = l.product_id join location loc
          on loc.id = e.location_id`);
    await c.query(`insert into epcis_event_epc (epc, role, event_time, event_seq)
      select (x.body->'quantityList'->0->>'epcClass'), case when x.type = 'TransformationEvent' then 'inputClass'
        else 'class' end, x.event_time, x.seq from epcis_event x
      on conflict do nothing`);
    await c.query(
      `insert into epcis_custody_link (custody_event_id, event_time, event_seq) select substr(event_id, 10)::uuid,
         event_time, seq from epcis_event`,
    );
    await c.query('set session_replication_role = origin');
    await c.query('vacuum analyze epcis_event, epcis_event_epc, epcis_custody_link');
  });
  return url.toString();
}

interface Sample {
  lot: string;
  lotId: string;
  place: string;
  locationId: string;
}

async function samples(): Promise<Sample[]> {
  return withClient(BENCH_URL, async (c) => {
    const lots = (
      await c.query(
        `select l.id, p.gtin, l.lot_number from lot l join product p on p.id = l.product_id
                                  where l.lot_number like 'B3-%' or l.lot_number like 'B4-%' or l.lot_number like
                                    'B5-%' order by md5(l.id::text) limit $1`,
        [SAMPLES],
      )
    ).rows;
    // Stores, warehouses and factories in the proportions of the data's locations with events.
    const places = (
      await c.query(
        `select id, gln from location where kind in ('STORE', 'WAREHOUSE', 'FACTORY') order by md5(id::text) limit $1`,
        [SAMPLES],
      )
    ).rows;
    return lots.map((l, i) => ({
      lot: `https://id.gs1.org/01/${l.gtin}/10/${encodeURIComponent(l.lot_number)}`,
      lotId: l.id,
      place: `https://id.gs1.org/414/${places[i % places.length].gln}`,
      locationId: places[i % places.length].id,
    }));
  });
}

async function queryTimes(base: string, ss: Sample[]): Promise<{ lot: number[]; place: number[]; events: number }> {
  const get = async (q: string) => {
    const res = await fetch(`${base}/epcis/events?${q}&perPage=30`, {
      headers: { authorization: `Bearer ${BENCH_REGULATOR_KEY}` },
    });
    if (res.status !== 200) throw new Error(`${q}: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { epcisBody: { queryResults: { resultsBody: { eventList: unknown[] } } } }).epcisBody
      .queryResults.resultsBody.eventList.length;
  };
  for (const s of ss.slice(0, 20)) await get(`MATCH_anyEPC=${encodeURIComponent(s.lot)}`); // warm up
  const lot: number[] = [],
    place: number[] = [];
  let events = 0;
  for (const s of ss) {
    const [n, ms] = await timed(() => get(`MATCH_anyEPC=${encodeURIComponent(s.lot)}`));
    lot.push(ms);
    events += n;
    place.push((await timed(() => get(`EQ_bizLocation=${encodeURIComponent(s.place)}`)))[1]);
  }
  return { lot, place, events };
}

async function rawTimes(ss: Sample[]): Promise<{ lot: number[]; place: number[] }> {
  return withClient(BENCH_URL, async (c) => {
    const lot: number[] = [],
      place: number[] = [];
    const byLot =
      'select id, type, quantity, occurred_at from custody_event where lot_id = $1 order by occurred_at, id limit 31';
    const byPlace = `select id, type, quantity, occurred_at from custody_event where location_id = $1 order by occurred_at, id
         limit 31`;
    for (const s of ss.slice(0, 20)) await c.query({ name: 'l', text: byLot, values: [s.lotId] });
    for (const s of ss) {
      lot.push((await timed(() => c.query({ name: 'l', text: byLot, values: [s.lotId] })))[1]);
      place.push((await timed(() => c.query({ name: 'p', text: byPlace, values: [s.locationId] })))[1]);
    }
    return { lot, place };
  });
}

// ---- Capture ----

const MUTATION = `mutation($input: CustodyEventsRecordInput!) {
  custodyEventsRecord(input: $input) { events { id } errors { code field message } }
}`;

async function gql(base: string, key: string, idempotencyKey: string, events: object[]): Promise<string[]> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: MUTATION, variables: { input: { idempotencyKey, events } } }),
  });
  const body = (await res.json()) as {
    data?: { custodyEventsRecord: { events: { id: string }[] | null; errors: unknown[] } };
  };
  const r = body.data?.custodyEventsRecord;
  if (!r?.events) throw new Error(`${idempotencyKey}: ${JSON.stringify(body).slice(0, 400)}`);
  // Global IDs back to row IDs: the receipts name them again, and COPY writes them.
  return r.events.map((e) => fromGlobalId(e.id)!.id);
}

interface Places {
  d0: string;
  d1: string;
  stores: string[];
  d0Gln: string;
  d1Gln: string;
  storeGlns: string[];
  gtin: string;
}

/** Prepares the shipments D0 → D1 a contender receives (5,000, two units each), through the API (not timed). */
async function prepareShipments(base: string, run: string, set: string): Promise<string[]> {
  const ids: string[] = [];
  for (let call = 0; call < HALF / 1000; call++) {
    ids.push(
      ...(await gql(
        base,
        BENCH_INGEST_KEY,
        `epcis-prep-${run}-${set}-${call}`,
        Array.from({ length: 1000 }, (_, k) => {
          const n = call * 1000 + k;
          return {
            type: 'SHIPPED',
            lot: toGlobalId('Lot', ingLot(n)),
            location: toGlobalId('Location', uid(LOC, D0)),
            quantity: 2,
            occurredAt: new Date(Date.UTC(2026, 0, 2) + n * 1000).toISOString(),
            counterparty: toGlobalId('Organization', uid(ORG, D1)),
            counterpartyLocation: toGlobalId('Location', uid(LOC, D1)),
            referenceDocument: `EPB-${run}-${set}-${n}`,
          };
        }),
      )),
    );
  }
  return ids;
}

const receivedAt = (n: number) => new Date(Date.UTC(2026, 0, 3) + n * 1000).toISOString();
const shippedAt = (n: number) => new Date(Date.UTC(2026, 0, 4) + n * 1000).toISOString();

function captureDocument(p: Places, run: string, lotNumbers: string[]) {
  const lot = (n: number) => `https://id.gs1.org/01/${p.gtin}/10/${lotNumbers[n % 100]}`;
  const at = (gln: string) => `https://id.gs1.org/414/${gln}`;
  const receipts = Array.from({ length: HALF }, (_, n) => ({
    type: 'ObjectEvent',
    eventTime: receivedAt(n),
    eventTimeZoneOffset: '+08:00',
    action: 'OBSERVE',
    bizStep: 'receiving',
    disposition: 'in_progress',
    quantityList: [{ epcClass: lot(n), quantity: 2, uom: 'EA' }],
    readPoint: { id: at(p.d1Gln) },
    bizLocation: { id: at(p.d1Gln) },
    bizTransactionList: [{ type: 'desadv', bizTransaction: `urn:epcglobal:cbv:bt:${p.d0Gln}:EPB-${run}-A-${n}` }],
    sourceList: [{ type: 'location', source: at(p.d0Gln) }],
    destinationList: [{ type: 'location', destination: at(p.d1Gln) }],
  }));
  const shipments = Array.from({ length: HALF }, (_, n) => ({
    type: 'ObjectEvent',
    eventTime: shippedAt(n),
    eventTimeZoneOffset: '+08:00',
    action: 'OBSERVE',
    bizStep: 'shipping',
    disposition: 'in_transit',
    quantityList: [{ epcClass: lot(n), quantity: 1, uom: 'EA' }],
    readPoint: { id: at(p.d1Gln) },
    bizTransactionList: [{ type: 'desadv', bizTransaction: `urn:epcglobal:cbv:bt:${p.d1Gln}:EPS-${run}-${n}` }],
    sourceList: [{ type: 'location', source: at(p.d1Gln) }],
    destinationList: [{ type: 'location', destination: at(p.storeGlns[n % 100]) }],
  }));
  return {
    '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'],
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: new Date().toISOString(),
    epcisBody: { eventList: [...receipts, ...shipments] },
  };
}

function graphqlEvents(p: Places, run: string, shipmentIds: string[]) {
  const receipts = shipmentIds.map((id, n) => ({
    type: 'RECEIVED',
    lot: toGlobalId('Lot', ingLot(n)),
    location: toGlobalId('Location', p.d1),
    quantity: 2,
    occurredAt: receivedAt(n),
    shipment: toGlobalId('CustodyEvent', id),
    referenceDocument: `EPB-${run}-B-${n}`,
  }));
  const shipments = Array.from({ length: HALF }, (_, n) => ({
    type: 'SHIPPED',
    lot: toGlobalId('Lot', ingLot(n)),
    location: toGlobalId('Location', p.d1),
    quantity: 1,
    occurredAt: shippedAt(n),
    counterparty: toGlobalId('Organization', uid(ORG, RETAILER0 + (n % 100))),
    counterpartyLocation: toGlobalId('Location', p.stores[n % 100]),
    referenceDocument: `EPS-${run}-B-${n}`,
  }));
  return [...receipts, ...shipments];
}

async function copyRows(p: Places, run: string, shipmentIds: string[], lotNumbers: string[]): Promise<number> {
  const tsv = (rows: unknown[][]) =>
    Readable.from(
      rows.map((r) => `${r.map((v) => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\'))).join('\t')}\n`),
    );
  return withClient(BENCH_URL, async (c) => {
    const now = new Date().toISOString();
    const custody: unknown[][] = [];
    const events: unknown[][] = [];
    const lotOfEvent = new Map<string, string>();
    for (let n = 0; n < 2 * HALF; n++) {
      const receipt = n < HALF;
      const i = receipt ? n : n - HALF;
      const id = randomUUID();
      custody.push(
        receipt
          ? [
              id,
              ingLot(i),
              'RECEIVED',
              uid(ORG, D1),
              p.d1,
              uid(ORG, D0),
              p.d0,
              2,
              receivedAt(i),
              now,
              `EPB-${run}-C-${i}`,
              shipmentIds[i],
            ]
          : [
              id,
              ingLot(i),
              'SHIPPED',
              uid(ORG, D1),
              p.d1,
              uid(ORG, RETAILER0 + (i % 100)),
              p.stores[i % 100],
              1,
              shippedAt(i),
              now,
              `EPS-${run}-C-${i}`,
              null,
            ],
      );
      const lot = `https://id.gs1.org/01/${p.gtin}/10/${lotNumbers[i % 100]}`;
      const body = JSON.stringify({
        type: 'ObjectEvent',
        eventTime: receipt ? receivedAt(i) : shippedAt(i),
        eventTimeZoneOffset: '+08:00',
        action: 'OBSERVE',
        bizStep: receipt ? 'receiving' : 'shipping',
        quantityList: [{ epcClass: lot, quantity: receipt ? 2 : 1, uom: 'EA' }],
      });
      events.push([
        `urn:uuid:${id}`,
        receipt ? receivedAt(i) : shippedAt(i),
        now,
        '+08:00',
        'ObjectEvent',
        'OBSERVE',
        receipt ? 'receiving' : 'shipping',
        receipt ? 'in_progress' : 'in_transit',
        `https://id.gs1.org/414/${p.d1Gln}`,
        `https://id.gs1.org/414/${p.d1Gln}`,
        uid(ORG, D1),
        `{${uid(ORG, D1)}}`,
        'RECORDED',
        '[]',
        body,
      ]);
      lotOfEvent.set(`urn:uuid:${id}`, lot);
    }
    const [, ms] = await timed(async () => {
      await c.query('begin');
      await pipeline(
        tsv(custody),
        c.query(
          copyFrom(
            `copy custody_event (id, lot_id, type, organization_id, location_id, counterparty_id,
               counterparty_location_id, quantity, occurred_at, recorded_at, reference_document, shipment_id) from
               stdin`,
          ),
        ),
      );
      await pipeline(
        tsv(events),
        c.query(
          copyFrom(
            `copy epcis_event (event_id, event_time, record_time, event_time_zone_offset, type, action, biz_step,
               disposition, read_point, biz_location, recorded_by, visible_to, chain, context, body) from stdin`,
          ),
        ),
      );
      const seqs = (
        await c.query(`select seq, event_time, event_id from epcis_event where event_id = any($1::text[])`, [
          events.map((e) => e[0]),
        ])
      ).rows;
      await pipeline(
        tsv(seqs.map((s) => [lotOfEvent.get(s.event_id), 'class', new Date(s.event_time).toISOString(), s.seq])),
        c.query(copyFrom('copy epcis_event_epc (epc, role, event_time, event_seq) from stdin')),
      );
      await c.query('commit');
    });
    return ms;
  });
}

const line = (label: string, ms: number[]) => {
  const s = stats(ms);
  console.log(`${label.padEnd(88)}${fmt(s.median)}${fmt(s.p95)}`);
  return s.p95;
};

async function queryPart(): Promise<void> {
  const mirrorName = `${dbName(BENCH_URL)}_mirror`;
  // BENCH_MIRROR_REUSE=1 keeps the mirror between runs (building it takes minutes).
  const exists = async () =>
    (
      await withClient(adminUrl(BENCH_URL), (c) =>
        c.query('select 1 from pg_database where datname = $1', [mirrorName]),
      )
    ).rowCount === 1;
  const reuse = process.env.BENCH_MIRROR_REUSE === '1' && (await exists());
  const mirrorUrl = new URL(BENCH_URL);
  mirrorUrl.pathname = `/${mirrorName}`;
  let mirror: [string, number] | null = null;
  if (process.env.BENCH_MIRROR !== '0') {
    mirror = reuse ? [mirrorUrl.toString(), NaN] : await timed(() => buildMirror(mirrorName));
  }
  const ss = await samples();
  const server = await startServer(BENCH_URL);
  const view = await queryTimes(server.base, ss).finally(() => server.stop());
  const raw = await rawTimes(ss);
  let stored: Awaited<ReturnType<typeof queryTimes>> | null = null;
  if (mirror) {
    const second = await startServer(mirror[0]);
    stored = await queryTimes(second.base, ss).finally(() => second.stop());
    if (!reuse && process.env.BENCH_MIRROR_REUSE !== '1') {
      await withClient(adminUrl(BENCH_URL), (c) => c.query(`drop database if exists ${mirrorName} with (force)`));
    }
  }
  const title = `EPCIS queries on the benchmark data, ${ss.length} lots and ${ss.length} locations, first page of 30`;
  console.log(`\n${title.padEnd(88)}median ms  p95 ms`);
  const p95Lot = line('MATCH_anyEPC=<lot>, chain read through the view (HTTP, regulator)', view.lot);
  const p95Place = line('EQ_bizLocation=<SGLN>, chain read through the view (HTTP, regulator)', view.place);
  line('  baseline: custody_event by lot_id, index read (raw pg)', raw.lot);
  line('  baseline: custody_event by location_id, index read (raw pg)', raw.place);
  if (stored && mirror) {
    line('MATCH_anyEPC=<lot>, chain mirrored into the EPCIS store (HTTP)', stored.lot);
    line('EQ_bizLocation=<SGLN>, chain mirrored into the EPCIS store (HTTP)', stored.place);
    if (!Number.isNaN(mirror[1])) {
      const [{ count }] = (await withClient(BENCH_URL, (c) => c.query('select count(*) from custody_event'))).rows;
      console.log(`  (mirroring ${count} custody events into the store took ${(mirror[1] / 1000).toFixed(0)} s)`);
    }
  }
  console.log(`events returned by the lot queries: ${view.events}`);
  const verdict = (p95: number) => (p95 < 50 ? 'met' : 'MISSED');
  console.log(`target: p95 under 50 ms: MATCH_anyEPC ${verdict(p95Lot)}, EQ_bizLocation ${verdict(p95Place)}`);
}

async function capturePart(): Promise<void> {
  await withClient(BENCH_URL, (c) =>
    c.query(
      `insert into api_key (id, organization_id, key_hash, prefix, label, scope, created_at)
       values ($1, $2, $3, $4, 'bench epcis d1', 'WRITE', now()) on conflict do nothing`,
      [uid(7, 10), uid(ORG, D1), hashKey(D1_KEY), D1_KEY.slice(0, 12)],
    ),
  );
  const server = await startServer(BENCH_URL);
  try {
    // Capture: the same 10,000 events three ways, each on its own 5,000 prepared shipments.
    const places = await withClient(BENCH_URL, async (c) => {
      const loc = async (i: number) =>
        (await c.query('select id, gln from location where id = $1', [uid(LOC, i)])).rows[0] as {
          id: string;
          gln: string;
        };
      const stores = await Promise.all(Array.from({ length: 100 }, (_, i) => loc(RETAILER0 + i)));
      const gtin = (
        await c.query('select p.gtin from lot l join product p on p.id = l.product_id where l.id = $1', [ingLot(0)])
      ).rows[0].gtin as string;
      const lotNumbers = (
        await c.query('select id, lot_number from lot where id = any($1::uuid[])', [
          Array.from({ length: 100 }, (_, i) => ingLot(i)),
        ])
      ).rows;
      const byId = new Map(lotNumbers.map((r) => [r.id, r.lot_number as string]));
      const d0 = await loc(D0),
        d1 = await loc(D1);
      return {
        p: {
          d0: d0.id,
          d1: d1.id,
          stores: stores.map((s) => s.id),
          d0Gln: d0.gln,
          d1Gln: d1.gln,
          storeGlns: stores.map((s) => s.gln),
          gtin,
        } as Places,
        lotNumbers: Array.from({ length: 100 }, (_, i) => byId.get(ingLot(i))!),
      };
    });
    const run = `${Date.now()}`;
    await prepareShipments(server.base, run, 'A');
    const shipB = await prepareShipments(server.base, run, 'B');
    const shipC = await prepareShipments(server.base, run, 'C');

    const doc = captureDocument(places.p, run, places.lotNumbers);
    const [captureMs] = [
      (
        await timed(async () => {
          const res = await fetch(`${server.base}/epcis/capture`, {
            method: 'POST',
            headers: { 'content-type': 'application/ld+json', authorization: `Bearer ${D1_KEY}` },
            body: JSON.stringify(doc),
          });
          if (res.status !== 202) throw new Error(`capture: ${res.status} ${await res.text()}`);
          const location = res.headers.get('location')!;
          for (;;) {
            const job = (await (
              await fetch(`${server.base}${location}`, { headers: { authorization: `Bearer ${D1_KEY}` } })
            ).json()) as { running: boolean; success: boolean; accepted: number; errors: unknown[] };
            if (!job.running) {
              if (!job.success || job.accepted !== 2 * HALF)
                throw new Error(`capture job: ${JSON.stringify(job).slice(0, 600)}`);
              return;
            }
            await new Promise((r) => setTimeout(r, 25));
          }
        })
      )[1],
    ];
    const events = graphqlEvents(places.p, run, shipB);
    const [, graphqlMs] = await timed(async () => {
      for (let call = 0; call < events.length / 1000; call++)
        await gql(server.base, D1_KEY, `epcis-bench-${run}-${call}`, events.slice(call * 1000, call * 1000 + 1000));
    });
    const copyMs = await copyRows(places.p, run, shipC, places.lotNumbers);
    const rate = (ms: number) => ((2 * HALF) / (ms / 1000)).toFixed(0).padStart(10);
    const row = (label: string, ms: number) =>
      console.log(`${label.padEnd(84)}${(ms / 1000).toFixed(2).padStart(8)}${rate(ms)}`);
    console.log(`\n${'capture of 10,000 events (5,000 receipts, 5,000 shipments)'.padEnd(84)} seconds  events/s`);
    row('EPCIS document, POST /epcis/capture until the job finished (hash IDs, chain, store)', captureMs);
    row('GraphQL bulk mutation, 10 calls of 1,000, one client (chain only)', graphqlMs);
    row('COPY of the same rows into custody_event, epcis_event, epcis_event_epc', copyMs);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`EPCIS / GraphQL: ${ratio(graphqlMs, captureMs)}   EPCIS / COPY: ${ratio(copyMs, captureMs)}`);
  } finally {
    await server.stop();
  }
}

/** BENCH_PARTS=queries or capture runs one part (default: both). */
async function main(): Promise<void> {
  const parts = (process.env.BENCH_PARTS ?? 'queries,capture').split(',');
  if (parts.includes('queries')) await queryPart();
  if (parts.includes('capture')) await capturePart();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/**
 * Event queries over both sources of events: the captured store (`epcis_event`) and the chain recorded
 * through GraphQL (custody events rendered as EPCIS, epcis.chain-view.ts). Each source answers the same
 * query with one statement that reads its own indexes (the identifier index, biz_location, or custody
 * events by lot and by location), ordered and limited; the two pages are merged by the order key.
 * Paging is by keyset: the token holds the last event's (time, source, key), so a page costs the same
 * wherever it is.
 *
 * Who receives what is the access matrix's rule for events (`custodyEvent`): the organization that recorded
 * it (for a captured event: the capturing one), its partners (the organizations named on it by GLN: source,
 * destination, places; a custody event's counterparty), and regulators. A captured event about objects this
 * platform does not trace follows the same rule.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { textArray } from '../../common/sql';
import { readQuery } from '../../db/read-query';
import { AccessRole, ACCESS_MATRIX } from '../access/access-matrix';
import { eventVisibilitySql } from '../access/visibility';
import { isRegulator, type Viewer } from '../access/viewer';
import {
  BIZ_STEP_SQL,
  CHAIN_COLUMNS,
  CHAIN_JOINS,
  DISPOSITION_SQL,
  renderChainEvent,
  type ChainRow,
} from './epcis.chain-view';
import { glnOf, lotOf } from './epcis.identifiers';
import type { EventQuery, IdentifierMatch } from './epcis.query.params';
import { EpcisProblem } from './epcis.problem';

/** Position after the last event of a page: its order time (UTC, microseconds), its source and its key. */
export interface Cursor {
  t: string;
  s: 0 | 1;
  k: string;
}

interface Page {
  rows: { cursor: Cursor; event: Record<string, unknown> }[];
}

type Sql = { sql: string; params: unknown[] };
const UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Who may receive a captured event, as SQL over `e` (the custodyEvent rule of the access matrix). */
function capturedVisibility(v: Viewer): Sql {
  const allow: readonly AccessRole[] = ACCESS_MATRIX.custodyEvent.allow;
  if (isRegulator(v)) return { sql: allow.includes(AccessRole.REGULATOR) ? 'true' : 'false', params: [] };
  if (v.kind !== 'organization') return { sql: 'false', params: [] };
  const terms: Sql[] = [];
  if (allow.includes(AccessRole.RECORDER)) terms.push({ sql: 'e.recorded_by = ?', params: [v.organizationId] });
  if (allow.includes(AccessRole.PARTNER))
    terms.push({ sql: 'e.visible_to @> array[?]::uuid[]', params: [v.organizationId] });
  return terms.length
    ? { sql: `(${terms.map((t) => t.sql).join(' or ')})`, params: terms.flatMap((t) => t.params) }
    : { sql: 'false', params: [] };
}

/** Keyset condition after `c` for a source (0 captured, 1 chain) ordered by `time` then `key`. */
function after(c: Cursor | null, source: 0 | 1, time: string, key: string, keyType: string, desc: boolean): Sql {
  if (!c) return { sql: 'true', params: [] };
  const lt = desc ? '<' : '>';
  if (c.s === source)
    return {
      sql: `(${time} ${lt} ?::timestamptz or (${time} = ?::timestamptz and ${key} ${lt} ?::${keyType}))`,
      params: [c.t, c.t, c.k],
    };
  // The other source's row at the same time sorts before (captured, 0) or after (chain, 1) this source's rows.
  const includeTies = (source === 1) !== desc;
  return { sql: `${time} ${lt}${includeTies ? '=' : ''} ?::timestamptz`, params: [c.t] };
}

/** Prefix ranges on a collate "C" column: `prefix/` to `prefix0` ('0' follows '/'). */
function prefixTerms(column: string, prefixes: string[]): Sql[] {
  return prefixes.map((p) => ({ sql: `(${column} >= ? and ${column} < ?)`, params: [p, `${p.slice(0, -1)}0`] }));
}

function capturedQuery(q: EventQuery, v: Viewer, cursor: Cursor | null, limit: number): Sql {
  const where: Sql[] = [capturedVisibility(v)];
  const add = (sql: string, ...params: unknown[]) => where.push({ sql, params });
  // One value is `=`, not `= any(…)`: with `=` the (column, event_time, seq) indexes return rows in order, and
  // LIMIT stops early; with `any` the planner walks the primary key instead, filtering every event.
  const eq = (column: string, values: string[] | null) => {
    if (!values) return;
    if (values.length === 1) add(`${column} = ?`, values[0]);
    else add(`${column} = any(?::text[])`, textArray(values));
  };
  eq('e.type', q.eventTypes);
  if (q.geEventTime) add('e.event_time >= ?::timestamptz', q.geEventTime);
  if (q.ltEventTime) add('e.event_time < ?::timestamptz', q.ltEventTime);
  if (q.geRecordTime) add('e.record_time >= ?::timestamptz', q.geRecordTime);
  if (q.ltRecordTime) add('e.record_time < ?::timestamptz', q.ltRecordTime);
  eq('e.action', q.actions);
  eq('e.biz_step', q.bizSteps);
  eq('e.disposition', q.dispositions);
  eq('e.read_point', q.readPoints);
  eq('e.biz_location', q.bizLocations);
  eq('e.event_id', q.eventIds);
  const matched = q.matches.map((m) => {
    const terms = [
      ...(m.keys.length ? [{ sql: 'x.epc = any(?::text[])', params: [textArray(m.keys)] }] : []),
      ...prefixTerms('x.epc', m.prefixes),
    ];
    return {
      sql: `select x.event_time, x.event_seq from epcis_event_epc x
             where x.role = any(?::text[]) and (${terms.map((t) => t.sql).join(' or ')})`,
      params: [textArray(m.roles), ...terms.flatMap((t) => t.params)],
    };
  });
  // The first identifier match drives the statement: its few events are read from the identifier index, then
  // joined to the events by key and sorted. (As a filter, the planner walks every event in time order instead.)
  const [driver, ...others] = matched;
  for (const m of others) where.push({ sql: `(e.event_time, e.seq) in (${m.sql})`, params: m.params });
  const time = q.orderBy === 'recordTime' ? 'e.record_time' : 'e.event_time';
  where.push(after(cursor, 0, time, 'e.seq', 'bigint', q.descending));
  const dir = q.descending ? 'desc' : 'asc';
  const from = driver
    ? `(select distinct * from (${driver.sql}) d) m
        join epcis_event e on e.event_time = m.event_time and e.seq = m.event_seq`
    : 'epcis_event e';
  return {
    sql: `select e.seq::text as key, e.event_id, e.body, e.context, e.record_time,
                 to_char(${time} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as order_time
            from ${from} where ${where.map((w) => w.sql).join(' and ')}
           order by ${time} ${dir}, e.seq ${dir} limit ?`,
    params: [...(driver?.params ?? []), ...where.flatMap((w) => w.params), limit],
  };
}

/** The lots a MATCH_ parameter names (exact lots, or every lot of a GTIN for a pattern), as SQL giving lot IDs. */
function lotsNamed(m: IdentifierMatch): Sql | null {
  const lots = m.keys.map(lotOf).filter((l): l is { gtin: string; lotNumber: string } => !!l);
  const gtins = m.prefixes
    .map((p) => /^https:\/\/id\.gs1\.org\/01\/(\d{14})\/$/.exec(p)?.[1])
    .filter((g): g is string => !!g);
  // Each kind of name its own branch, so that each reads its unique index (product by GTIN, lot by product and number).
  const branches: Sql[] = [];
  if (lots.length) {
    branches.push({
      sql: `select l2.id from lot l2 join product p2 on p2.id = l2.product_id where (p2.gtin, l2.lot_number) in
         (select * from unnest(?::text[], ?::text[]))`,
      params: [textArray(lots.map((l) => l.gtin)), textArray(lots.map((l) => l.lotNumber))],
    });
  }
  if (gtins.length)
    branches.push({
      sql: 'select l2.id from lot l2 join product p2 on p2.id = l2.product_id where p2.gtin = any(?::text[])',
      params: [textArray(gtins)],
    });
  if (branches.length === 0) return null;
  return { sql: `(${branches.map((b) => b.sql).join(' union all ')})`, params: branches.flatMap((b) => b.params) };
}

/** Locations named by SGLN (any extension) or by the `urn:uuid:` a location without GLN is rendered with. */
function placesNamed(keys: string[]): Sql | null {
  const glns = keys
    .map((k) => glnOf(k))
    .filter((g) => g && !g.party)
    .map((g) => g!.gln);
  const ids = keys.map((k) => UUID.exec(k)?.[1]).filter((x): x is string => !!x);
  const branches: Sql[] = [];
  if (glns.length)
    branches.push({ sql: 'select id from location where gln = any(?::text[])', params: [textArray(glns)] });
  if (ids.length) branches.push({ sql: 'select id from location where id = any(?::uuid[])', params: [textArray(ids)] });
  if (branches.length === 0) return null;
  return { sql: `(${branches.map((b) => b.sql).join(' union all ')})`, params: branches.flatMap((b) => b.params) };
}

/** The same query over the chain's custody events; null when it cannot match any. */
function chainQuery(q: EventQuery, v: Viewer, cursor: Cursor | null, limit: number): Sql | null {
  const vis = eventVisibilitySql(v);
  if (vis.sql === 'false') return null;
  const where: Sql[] = [
    vis,
    { sql: 'not exists (select 1 from epcis_custody_link k where k.custody_event_id = e.id)', params: [] },
  ];
  const add = (sql: string, ...params: unknown[]) => where.push({ sql, params });
  const types = new Set<string>();
  const objects = !q.eventTypes || q.eventTypes.includes('ObjectEvent');
  const transformations = !q.eventTypes || q.eventTypes.includes('TransformationEvent');
  if (!objects && !transformations) return null;
  if (!objects) add(`e.type = 'CONSUMED'`);
  if (!transformations) add(`e.type <> 'CONSUMED'`);
  if (q.actions) {
    if (q.actions.includes('ADD')) types.add('PRODUCED');
    if (q.actions.includes('OBSERVE'))
      for (const t of ['SHIPPED', 'RECEIVED', 'SOLD', 'RETURNED', 'DESTROYED', 'REPAIRED', 'REPLACED']) types.add(t);
    if (types.size === 0) return null;
    add('e.type = any(?::text[])', textArray([...types]));
  }
  if (q.geEventTime) add('e.occurred_at >= ?::timestamptz', q.geEventTime);
  if (q.ltEventTime) add('e.occurred_at < ?::timestamptz', q.ltEventTime);
  if (q.geRecordTime) add('e.recorded_at >= ?::timestamptz', q.geRecordTime);
  if (q.ltRecordTime) add('e.recorded_at < ?::timestamptz', q.ltRecordTime);
  if (q.bizSteps) add(`${BIZ_STEP_SQL} = any(?::text[])`, textArray(q.bizSteps));
  if (q.dispositions) add(`${DISPOSITION_SQL} = any(?::text[])`, textArray(q.dispositions));
  for (const keys of [q.readPoints, q.bizLocations]) {
    if (!keys) continue;
    const places = placesNamed(keys);
    if (!places) return null;
    where.push({ sql: `e.location_id in ${places.sql}`, params: places.params });
  }
  if (q.eventIds) {
    const ids = q.eventIds.map((i) => UUID.exec(i)?.[1]).filter((x): x is string => !!x);
    if (ids.length === 0) return null;
    add('e.id = any(?::uuid[])', textArray(ids));
  }
  for (const m of q.matches) {
    const lots = lotsNamed(m);
    const asObject = m.roles.includes('class') && objects;
    const asInput = m.roles.includes('inputClass') && transformations;
    const asOutput = m.roles.includes('outputClass') && transformations;
    if (!lots || !(asObject || asInput || asOutput)) return null;
    // The events by lot read custody_event's lot index; a lot's transformations as output are its inputs'
    // CONSUMED rows, found through lot_input (output_lot_id has no index of its own).
    const branches: Sql[] = [];
    if (asObject || asInput) {
      const only = asObject && asInput ? '' : asObject ? ` and c.type <> 'CONSUMED'` : ` and c.type = 'CONSUMED'`;
      branches.push({
        sql: `select c.id from custody_event c where c.lot_id in ${lots.sql}${only}`,
        params: lots.params,
      });
    }
    if (asOutput) {
      branches.push({
        sql: `select c.id from custody_event c where c.type = 'CONSUMED' and c.output_lot_id in ${lots.sql}
                 and c.lot_id in (select li.input_id from lot_input li where li.output_id in ${lots.sql})`,
        params: [...lots.params, ...lots.params],
      });
    }
    where.push({
      sql: `e.id in (${branches.map((b) => b.sql).join(' union all ')})`,
      params: branches.flatMap((b) => b.params),
    });
  }
  const time = q.orderBy === 'recordTime' ? 'recorded_at' : 'occurred_at';
  where.push(after(cursor, 1, `e.${time}`, 'e.id', 'uuid', q.descending));
  const dir = q.descending ? 'desc' : 'asc';
  // The page of events alone, from custody_event and its indexes; `chainRows` renders it with a fixed statement
  // (planned once per connection: joined together, the nine joins cost more to plan than the page to read).
  return {
    sql: `select e.id, to_char(e.${time} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as order_time from
       custody_event e
           where ${where.map((w) => w.sql).join(' and ')}
           order by e.${time} ${dir}, e.id ${dir} limit ?`,
    params: [...where.flatMap((w) => w.params), limit],
  };
}

const CHAIN_ROWS = `select ${CHAIN_COLUMNS} from custody_event e ${CHAIN_JOINS} where e.id = any(?::uuid[])`;

/** The rendering columns of a page of custody events, in the page's order. */
async function chainRows(em: EntityManager, page: { id: string }[]): Promise<ChainRow[]> {
  if (page.length === 0) return [];
  const rows = await readQuery<ChainRow>(em, CHAIN_ROWS, [textArray(page.map((p) => p.id))]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.map((p) => byId.get(p.id)!);
}

type CapturedRow = {
  key: string;
  event_id: string;
  body: unknown;
  context: unknown;
  record_time: Date;
  order_time: string;
};

/** A captured event as the query answers it: as it came, with its event ID, record time and its prefixes. */
function capturedEvent(row: {
  event_id: string;
  body: unknown;
  context: unknown;
  record_time: Date | string;
}): Record<string, unknown> {
  const body = (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as Record<string, unknown>;
  const context = ((typeof row.context === 'string' ? JSON.parse(row.context) : row.context) as unknown[]).filter(
    (c) => c && typeof c === 'object',
  );
  const { '@context': _own, ...rest } = body;
  return {
    ...(context.length ? { '@context': context } : {}),
    ...rest,
    eventID: row.event_id,
    recordTime: new Date(row.record_time).toISOString(),
  };
}

function compare(a: Cursor, b: Cursor): number {
  if (a.t !== b.t) return a.t < b.t ? -1 : 1;
  if (a.s !== b.s) return a.s - b.s;
  if (a.s === 0) return BigInt(a.k) < BigInt(b.k) ? -1 : BigInt(a.k) > BigInt(b.k) ? 1 : 0;
  return a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
}

/** One page of events matching the query: at most `limit`, after `cursor`, and whether more follow. */
export async function queryEvents(
  em: EntityManager,
  v: Viewer,
  q: EventQuery,
  cursor: Cursor | null,
  limit: number,
): Promise<Page & { more: boolean }> {
  if (v.kind !== 'organization')
    throw new EpcisProblem(401, 'SecurityException', 'Queries need an API key: send "Authorization: Bearer <key>".');
  const captured = capturedQuery(q, v, cursor, limit + 1);
  const chain = chainQuery(q, v, cursor, limit + 1);
  // The page statements are planned for their values each time (`em.execute`), never as a prepared statement's
  // generic plan: one lot has a dozen events and one warehouse thousands, and a plan for both serves neither
  // (measured: 5 to 20 times slower). The fixed rendering statement below is prepared (`readQuery`).
  const [a, b] = await Promise.all([
    em.execute<CapturedRow[]>(captured.sql, captured.params),
    chain ? em.execute<{ id: string; order_time: string }[]>(chain.sql, chain.params) : Promise.resolve([]),
  ]);
  const merged = [
    ...a.map((r) => ({ cursor: { t: r.order_time, s: 0 as const, k: r.key }, captured: r })),
    ...b.map((r) => ({ cursor: { t: r.order_time, s: 1 as const, k: r.id }, captured: null })),
  ].sort((x, y) => (q.descending ? -1 : 1) * compare(x.cursor, y.cursor));
  const page = merged.slice(0, limit);
  const rendered = new Map(
    (
      await chainRows(
        em,
        page.filter((r) => !r.captured).map((r) => ({ id: r.cursor.k })),
      )
    ).map((r) => [r.id, r]),
  );
  return {
    rows: page.map((r) => ({
      cursor: r.cursor,
      event: r.captured ? capturedEvent(r.captured) : renderChainEvent(rendered.get(r.cursor.k)!),
    })),
    more: merged.length > limit,
  };
}

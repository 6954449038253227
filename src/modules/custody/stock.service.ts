import type { EntityManager } from '@mikro-orm/postgresql';
import { readQuery, txQuery } from '../../db/read-query';
import { uuidArray } from '../../common/sql';
import { LIVE_EVENT } from './stock.sql';

export interface StockKey {
  lotId: string;
  organizationId: string;
  locationId: string;
}

export const stockKey = (k: StockKey) => `${k.lotId}|${k.organizationId}|${k.locationId}`;

/** Locks lot rows so that concurrent writers of the same lots' stock take turns (no double spending). */
export async function lockLots(em: EntityManager, lotIds: string[]): Promise<void> {
  if (lotIds.length === 0) return;
  await em.execute(`select id from lot where id = any(?::uuid[]) order by id for update`, [
    uuidArray([...new Set(lotIds)]),
  ]);
}

/** On-hand quantity at each key where the holder has live events (its holding); missing keys never held the lot. */
export async function balances(em: EntityManager, keys: StockKey[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (keys.length === 0) return out;
  const uniq = [...new Map(keys.map((k) => [stockKey(k), k])).values()];
  const rows = await txQuery<{ lot_id: string; organization_id: string; location_id: string; on_hand: string }>(
    em,
    `select h.lot_id, h.organization_id, h.location_id, h.on_hand
       from lot_holding h
       join unnest(?::uuid[], ?::uuid[], ?::uuid[]) as k(lot_id, organization_id, location_id)
         on h.lot_id = k.lot_id and h.organization_id = k.organization_id and h.location_id = k.location_id
      where h.live_events > 0`,
    [
      uuidArray(uniq.map((k) => k.lotId)),
      uuidArray(uniq.map((k) => k.organizationId)),
      uuidArray(uniq.map((k) => k.locationId)),
    ],
  );
  for (const r of rows)
    out.set(
      stockKey({ lotId: r.lot_id, organizationId: r.organization_id, locationId: r.location_id }),
      Number(r.on_hand),
    );
  return out;
}

/** How much of each shipment is still to be received (shipped minus live receipts). */
export async function unreceived(em: EntityManager, shipmentIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (shipmentIds.length === 0) return out;
  const rows = await em.execute<{ id: string; left: string }[]>(
    `select s.id, s.quantity - coalesce((select sum(e.quantity) from custody_event e
                                          where e.shipment_id = s.id and e.type = 'RECEIVED' and ${LIVE_EVENT}), 0) as left
       from custody_event s where s.id = any(?::uuid[])`,
    [uuidArray([...new Set(shipmentIds)])],
  );
  for (const r of rows) out.set(r.id, Number(r.left));
  return out;
}

export interface HolderRow {
  lotId: string;
  organizationId: string;
  locationId: string;
  onHand: number;
  received: number;
  shipped: number;
  sold: number;
  returned: number;
  destroyed: number;
  lastEventAt: Date;
  /** The holder's organization and location rows and its commitment versions, newest first (`to_jsonb`), so that the page needs no second round trip. */
  organizationRow: Record<string, unknown>;
  locationRow: Record<string, unknown>;
  commitmentRows: Record<string, unknown>[];
}

/**
 * A page of the holders (organization and location) that have live events of a lot, with their flows and
 * the total count, in one statement. Read from the holdings (one row per holder, kept with the events),
 * not by summing `custody_event`: a lot's events name no time range, so that would plan and read every
 * monthly partition.
 */
export async function holdersOfLot(
  em: EntityManager,
  lotId: string,
  limit: number,
  offset: number,
): Promise<{ rows: HolderRow[]; total: number }> {
  const rows = await readQuery<Record<string, string>>(
    em,
    `select h.*, to_jsonb(o.*) as organization, to_jsonb(loc.*) as location,
            (select coalesce(jsonb_agg(to_jsonb(c.*) order by c.version desc), '[]') from commitment c where c.seller_id = h.organization_id) as commitments
       from (
       select h.lot_id, h.organization_id, h.location_id, count(*) over () as total, h.on_hand, h.received, h.shipped,
              h.sold, h.returned, h.destroyed, h.last_live_event_at as last_event_at
         from lot_holding h
        where h.lot_id = ? and h.live_events > 0
        order by h.last_live_event_at, h.organization_id, h.location_id
        limit ? offset ?
     ) h
     join organization o on o.id = h.organization_id
     join location loc on loc.id = h.location_id
     order by h.last_event_at, h.organization_id, h.location_id`,
    [lotId, limit, offset],
  );
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
  const total = rows.length ? Number(rows[0].total) : offset === 0 ? 0 : await countHolders(em, lotId);
  return {
    total,
    rows: rows.map((r) => ({
      lotId: r.lot_id,
      organizationId: r.organization_id,
      locationId: r.location_id,
      onHand: Number(r.on_hand),
      received: Number(r.received),
      shipped: Number(r.shipped),
      sold: Number(r.sold),
      returned: Number(r.returned),
      destroyed: Number(r.destroyed),
      lastEventAt: new Date(r.last_event_at),
      organizationRow: json(r.organization),
      locationRow: json(r.location),
      commitmentRows: json(r.commitments) as unknown as Record<string, unknown>[],
    })),
  };
}

/** Holders with live events of a lot (a page past the last one still reports the total). */
async function countHolders(em: EntityManager, lotId: string): Promise<number> {
  const [r] = await readQuery<{ n: string }>(
    em,
    'select count(*) as n from lot_holding where lot_id = ? and live_events > 0',
    [lotId],
  );
  return Number(r.n);
}

export interface StockRow {
  lotId: string;
  locationId: string;
  onHand: number;
}

/** Holdings of lots under an active recall (`h` is lot_holding). */
const UNDER_ACTIVE_RECALL = `exists (select 1 from recall_scope_lot s join recall r on r.id = s.recall_id
                                      where s.lot_id = h.lot_id and r.status = 'ACTIVE')`;

/** Which of an organization's stock to list. */
export interface StockFilter {
  /** true: only stock under an active recall; false: only the rest; null: all. */
  underActiveRecall?: boolean | null;
  /** Only at this location (an id of the organization's). */
  locationId?: string | null;
  /** Only lots whose lot number, GTIN or product name (Chinese or English) contains this, any case. */
  search?: string | null;
}

/** `text` as a literal inside an ILIKE pattern: its wildcards and the escape character match themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * An organization's stock: lots on hand (> 0) per location, a page at a time, with the total count,
 * from its holdings, filtered by `filter`. A search joins the lot and its product (by primary key, per
 * holding row: the organization's holdings are few hundred at most, so no trigram index is needed).
 */
export async function stockOfOrganization(
  em: EntityManager,
  organizationId: string,
  limit: number,
  offset: number,
  filter: StockFilter = {},
): Promise<{ rows: StockRow[]; total: number }> {
  const { where, params } = stockWhere(organizationId, filter);
  const rows = await readQuery<{ lot_id: string; location_id: string; on_hand: string; total: string }>(
    em,
    `select h.lot_id, h.location_id, h.on_hand, count(*) over () as total
       from lot_holding h where ${where}
      order by h.lot_id, h.location_id limit ? offset ?`,
    [...params, limit, offset],
  );
  return {
    rows: rows.map((r) => ({ lotId: r.lot_id, locationId: r.location_id, onHand: Number(r.on_hand) })),
    total: rows.length ? Number(rows[0].total) : offset === 0 ? 0 : await countStock(em, where, params),
  };
}

function stockWhere(organizationId: string, filter: StockFilter): { where: string; params: unknown[] } {
  const parts = ['h.organization_id = ? and h.live_events > 0 and h.on_hand > 0'];
  const params: unknown[] = [organizationId];
  if (filter.underActiveRecall != null) parts.push(`${filter.underActiveRecall ? '' : 'not '}${UNDER_ACTIVE_RECALL}`);
  if (filter.locationId) {
    parts.push('h.location_id = ?');
    params.push(filter.locationId);
  }
  const search = filter.search?.trim();
  if (search) {
    parts.push(`exists (select 1 from lot l join product p on p.id = l.product_id
                         where l.id = h.lot_id and (l.lot_number ilike ? or p.gtin like ? or p.name ilike ?
                                                    or p.name_en ilike ?))`);
    const pattern = likeContains(search);
    params.push(pattern, pattern, pattern, pattern);
  }
  return { where: parts.join(' and '), params };
}

async function countStock(em: EntityManager, where: string, params: unknown[]): Promise<number> {
  const sql = `select count(*) as n from lot_holding h where ${where}`;
  const [r] = await readQuery<{ n: string }>(em, sql, params);
  return Number(r.n);
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { entityFromRow } from '../../common/loaders';
import { readQuery } from '../../db/read-query';
import { CustodyEvent } from './custody-event.entity';
import { LIVE_EVENT } from './stock.sql';

export interface IncomingShipment {
  event: CustodyEvent;
  toReceive: number;
}

/** What is left to receive of each shipment `s`: its quantity less its live receipts. */
const RECEIVED = `(select coalesce(sum(e.quantity), 0) from custody_event e
                    where e.shipment_id = s.id and e.type = 'RECEIVED' and ${LIVE_EVENT})`;

/**
 * Shipments on their way to an organization (optionally to one of its locations): live SHIPPED events
 * that name it as the receiver and are not received in full, oldest first, a page at a time with the
 * total, in one statement. Each comes as its event row, so that the page needs no second round trip.
 */
export async function incomingShipments(
  em: EntityManager,
  organizationId: string,
  locationId: string | null,
  limit: number,
  offset: number,
): Promise<{ rows: IncomingShipment[]; total: number }> {
  const where = `s.counterparty_id = ? and s.type = 'SHIPPED' ${locationId ? 'and s.counterparty_location_id = ?' : ''}
     and not exists (select 1 from custody_event c where c.corrects_id = s.id)`;
  const params = locationId ? [organizationId, locationId] : [organizationId];
  const rows = await readQuery<{ event: unknown; to_receive: string; total: string }>(
    em,
    `select to_jsonb(s.*) as event, s.quantity - r.received as to_receive, count(*) over () as total
       from custody_event s cross join lateral (select ${RECEIVED} as received) r
      where ${where} and s.quantity > r.received
      order by s.occurred_at, s.id limit ? offset ?`,
    [...params, limit, offset],
  );
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>;
  const total = rows.length
    ? Number(rows[0].total)
    : offset === 0
      ? 0
      : Number(
          (
            await readQuery<{ n: string }>(
              em,
              `select count(*) as n from custody_event s where ${where} and s.quantity > ${RECEIVED}`,
              params,
            )
          )[0].n,
        );
  const event = (v: unknown) => entityFromRow(em, CustodyEvent, json(v));
  return { total, rows: rows.map((r) => ({ event: event(r.event), toReceive: Number(r.to_receive) })) };
}

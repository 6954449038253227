/**
 * A recall's activation told in EPCIS: for every holder with stock in the recall's frozen scope, an
 * ObjectEvent (OBSERVE, bizStep `holding`, disposition `recalled`) of the lot's quantity at the holder's
 * location, at the moment of activation, recorded by the recall's initiator and visible to the holder.
 * A retailer's system subscribed to `EQ_disposition=recalled` learns of the recall without polling.
 *
 * The recall module is not touched: the webhook dispatcher (epcis.webhooks.ts) turns each active recall into
 * these events once (`epcis_recall_events` records which), at once when the bus says a recall was activated
 * and otherwise on its next tick.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { QuantityUnit } from '../product/product.enums';
import { UNIT_CODE } from './epcis.chain';
import { eventRecord } from './epcis.events';
import { lotIdentifier, locationIdentifier, uuidOf } from './epcis.identifiers';
import { insertEvents } from './epcis.store';

const STANDARD_CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';
/** The platform's own extension namespace (the recall's public number on each event). */
export const TRACE_NAMESPACE = { trace: 'urn:product-trace:epcis:' };

type HolderRow = {
  recall_id: string;
  number: string;
  initiator_id: string;
  activated_at: Date;
  lot_id: string;
  organization_id: string;
  location_id: string;
  on_hand: string;
  gtin: string;
  lot_number: string;
  unit: QuantityUnit;
  gln: string | null;
};

/** Emits the `recalled` events of every active recall not told yet; returns how many events it stored. */
export async function emitRecallEvents(orm: MikroORM): Promise<number> {
  const pending = await orm.em.fork().execute<
    { id: string }[]
  >(`select r.id from recall r where r.status = 'ACTIVE' and not exists (select 1 from epcis_recall_events x where
       x.recall_id = r.id)`);
  let stored = 0;
  for (const { id } of pending) {
    stored += await orm.em.fork().transactional(async (em) => {
      const claimed = await em.execute(
        `insert into epcis_recall_events (recall_id, created_at) values (?, now()) on conflict do nothing returning
           recall_id`,
        [id],
      );
      if (claimed.length === 0) return 0;
      const holders = await em.execute<HolderRow[]>(
        `select h.recall_id, r.number, r.initiator_id, r.activated_at, h.lot_id, h.organization_id, h.location_id,
           h.on_hand, p.gtin, l.lot_number, l.unit, loc.gln
           from recall_scope_holder h join recall r on r.id = h.recall_id join lot l on l.id = h.lot_id join product
             p on p.id = l.product_id
           join location loc on loc.id = h.location_id
          where h.recall_id = ? and h.on_hand > 0 and h.party <> 'CONSUMER'
          order by h.organization_id, h.location_id, h.lot_id`,
        [id],
      );
      const events = holders.map((h, i) => {
        const place = h.gln ? locationIdentifier(h.gln) : `urn:uuid:${h.location_id}`;
        const body = {
          '@context': [TRACE_NAMESPACE],
          eventID: `urn:uuid:${uuidOf(`recall|${h.recall_id}|${h.lot_id}|${h.organization_id}|${h.location_id}`)}`,
          type: 'ObjectEvent',
          eventTime: new Date(h.activated_at).toISOString(),
          eventTimeZoneOffset: '+08:00',
          action: 'OBSERVE',
          bizStep: 'holding',
          disposition: 'recalled',
          quantityList: [
            { epcClass: lotIdentifier(h.gtin, h.lot_number), quantity: Number(h.on_hand), uom: UNIT_CODE[h.unit] },
          ],
          readPoint: { id: place },
          bizLocation: { id: place },
          'trace:recallNumber': h.number,
        };
        return {
          record: eventRecord(body, i, [STANDARD_CONTEXT]),
          recordedBy: h.initiator_id,
          visibleTo: [...new Set([h.initiator_id, h.organization_id])],
          chain: 'STORED' as const,
          custodyEventIds: [],
        };
      });
      await insertEvents(em, events, null, new Date());
      return events.length;
    });
  }
  return stored;
}

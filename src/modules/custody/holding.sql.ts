import { STOCK_DELTA } from './stock.sql';

/**
 * Holdings: one row per (lot, organization, location) that ever had an event, with the sums of its live
 * events, kept by a trigger on `custody_event` (migrations Holdings and HoldingSums) so that stock,
 * recall scopes and the holders of a lot (scan page, trace) read one row per holder instead of summing
 * every event (which, naming no time range, would be planned and read in every monthly partition).
 * `last_live_event_at` is the latest `occurred_at` of a live event (null when none is). `last_event_at`
 * is the latest `occurred_at` of any event there, corrected or not: an upper bound, so that a scope
 * "as of" a time at or after it may read the holding, and one before it must sum the events.
 *
 * The events stay the record; the holdings are derived from them and can always be rebuilt.
 */

/** The holdings as they follow from the events, over a custody_event relation `e` (every event, corrected or not). */
export const HOLDINGS_OF_EVENTS = `
  select e.lot_id, e.organization_id, e.location_id,
         coalesce(sum(${STOCK_DELTA}) filter (where e.live), 0) as on_hand,
         coalesce(sum(e.quantity) filter (where e.live and e.type in ('RECEIVED', 'PRODUCED')), 0) as received,
         coalesce(sum(e.quantity) filter (where e.live and e.type = 'SHIPPED'), 0) as shipped,
         coalesce(sum(e.quantity) filter (where e.live and e.type = 'SOLD'), 0) as sold,
         coalesce(sum(e.quantity) filter (where e.live and e.type = 'RETURNED'), 0) as returned,
         coalesce(sum(e.quantity) filter (where e.live and e.type = 'DESTROYED'), 0) as destroyed,
         (count(*) filter (where e.live))::int as live_events,
         max(e.occurred_at) as last_event_at,
         max(e.occurred_at) filter (where e.live) as last_live_event_at
    from (select e.*, not exists (select 1 from custody_event c where c.corrects_id = e.id) as live from custody_event e) e
   group by 1, 2, 3`;

/** Rebuilds every holding from the events (after a bulk load that bypassed the triggers). */
export const REBUILD_HOLDINGS = `
  truncate lot_holding;
  insert into lot_holding (lot_id, organization_id, location_id, on_hand, received, shipped, sold, returned, destroyed,
                           live_events, last_event_at, last_live_event_at) ${HOLDINGS_OF_EVENTS};
  analyze lot_holding;`;

/** Holdings that disagree with their events (none, unless something wrote around the trigger). */
export const HOLDINGS_DRIFT = `
  select coalesce(x.lot_id, h.lot_id) as lot_id, coalesce(x.organization_id, h.organization_id) as organization_id,
         coalesce(x.location_id, h.location_id) as location_id
    from (${HOLDINGS_OF_EVENTS}) x
    full join lot_holding h on h.lot_id = x.lot_id and h.organization_id = x.organization_id and h.location_id = x.location_id
   where (x.on_hand, x.received, x.shipped, x.sold, x.returned, x.destroyed, x.live_events, x.last_event_at, x.last_live_event_at)
         is distinct from (h.on_hand, h.received, h.shipped, h.sold, h.returned, h.destroyed, h.live_events, h.last_event_at,
                           h.last_live_event_at)`;

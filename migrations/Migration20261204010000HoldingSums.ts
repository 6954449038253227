import { Migration } from '@mikro-orm/migrations';

/** Each type's effect on on-hand stock, over an event alias `d` (as in the Holdings migration). */
const delta = `(case when d.type in ('PRODUCED', 'RECEIVED', 'RETURNED') then d.quantity when d.type in ('CONSUMED', 'SHIPPED', 'SOLD', 'DESTROYED') then -d.quantity else 0 end)`;

/**
 * The holders of a lot (scan page, trace) read from `lot_holding` instead of summing `custody_event`,
 * which has no time range to name there and so was planned and run over every monthly partition.
 * `lot_holding` gains the sums it lacked: `received` (live RECEIVED and PRODUCED), `destroyed` (live
 * DESTROYED), and `last_live_event_at` (the latest `occurred_at` of a live event; null when none is
 * live), kept by the same statement trigger in the same transaction as the events. A correction can
 * lower `last_live_event_at` (the corrected event may have been the latest): the holdings of the events
 * an insert corrects have it recomputed from their events, which only corrections pay.
 */
export class Migration20261204010000HoldingSums extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "lot_holding" add column "received" numeric(18,3) not null default 0,
      add column "destroyed" numeric(18,3) not null default 0, add column "last_live_event_at" timestamptz null;`);
    this.addSql(
      `alter table "lot_holding" alter column "received" drop default, alter column "destroyed" drop default;`,
    );
    this.addSql(`create or replace function custody_event_to_holding() returns trigger language plpgsql as $$
      begin
        insert into lot_holding as h (lot_id, organization_id, location_id, on_hand, received, shipped, sold, returned, destroyed,
                                      live_events, last_event_at, last_live_event_at)
        select d.lot_id, d.organization_id, d.location_id,
               sum(d.sign * ${delta}),
               coalesce(sum(d.sign * d.quantity) filter (where d.type in ('RECEIVED', 'PRODUCED')), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'SHIPPED'), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'SOLD'), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'RETURNED'), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'DESTROYED'), 0),
               sum(d.sign)::int,
               max(d.occurred_at) filter (where d.sign = 1),
               max(d.occurred_at) filter (where d.sign = 1)
          from (select 1 as sign, n.lot_id, n.organization_id, n.location_id, n.type, n.quantity, n.occurred_at from new_rows n
                union all
                select -1, c.lot_id, c.organization_id, c.location_id, c.type, c.quantity, c.occurred_at
                  from new_rows n join custody_event c on c.id = n.corrects_id) d
         group by 1, 2, 3
         order by 1, 2, 3
        on conflict (lot_id, organization_id, location_id) do update
          set on_hand = h.on_hand + excluded.on_hand, received = h.received + excluded.received,
              shipped = h.shipped + excluded.shipped, sold = h.sold + excluded.sold,
              returned = h.returned + excluded.returned, destroyed = h.destroyed + excluded.destroyed,
              live_events = h.live_events + excluded.live_events,
              last_event_at = greatest(h.last_event_at, excluded.last_event_at),
              last_live_event_at = greatest(h.last_live_event_at, excluded.last_live_event_at);
        -- A corrected event (one of this statement's rows too) leaves its holding's live events: their
        -- latest time is taken again from them. Only statements with corrections pay it.
        if exists (select 1 from new_rows where corrects_id is not null) then
          update lot_holding h
             set last_live_event_at = (select max(e.occurred_at) from custody_event e
                                        where e.lot_id = h.lot_id and e.organization_id = h.organization_id
                                          and e.location_id = h.location_id
                                          and not exists (select 1 from custody_event x where x.corrects_id = e.id))
            from (select distinct c.lot_id, c.organization_id, c.location_id
                    from new_rows n join custody_event c on c.id = n.corrects_id) k
           where h.lot_id = k.lot_id and h.organization_id = k.organization_id and h.location_id = k.location_id;
        end if;
        return null;
      end $$;`);
    // The sums of the events already recorded.
    this
      .addSql(`update lot_holding h set received = x.received, destroyed = x.destroyed, last_live_event_at = x.last_live_event_at
      from (select e.lot_id, e.organization_id, e.location_id,
                   coalesce(sum(e.quantity) filter (where e.live and e.type in ('RECEIVED', 'PRODUCED')), 0) as received,
                   coalesce(sum(e.quantity) filter (where e.live and e.type = 'DESTROYED'), 0) as destroyed,
                   max(e.occurred_at) filter (where e.live) as last_live_event_at
              from (select e.*, not exists (select 1 from custody_event c where c.corrects_id = e.id) as live
                      from custody_event e) e
             group by 1, 2, 3) x
      where h.lot_id = x.lot_id and h.organization_id = x.organization_id and h.location_id = x.location_id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function custody_event_to_holding() returns trigger language plpgsql as $$
      begin
        insert into lot_holding as h (lot_id, organization_id, location_id, on_hand, shipped, sold, returned, live_events, last_event_at)
        select d.lot_id, d.organization_id, d.location_id,
               sum(d.sign * ${delta}),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'SHIPPED'), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'SOLD'), 0),
               coalesce(sum(d.sign * d.quantity) filter (where d.type = 'RETURNED'), 0),
               sum(d.sign)::int,
               max(d.occurred_at) filter (where d.sign = 1)
          from (select 1 as sign, n.lot_id, n.organization_id, n.location_id, n.type, n.quantity, n.occurred_at from new_rows n
                union all
                select -1, c.lot_id, c.organization_id, c.location_id, c.type, c.quantity, c.occurred_at
                  from new_rows n join custody_event c on c.id = n.corrects_id) d
         group by 1, 2, 3
         order by 1, 2, 3
        on conflict (lot_id, organization_id, location_id) do update
          set on_hand = h.on_hand + excluded.on_hand, shipped = h.shipped + excluded.shipped, sold = h.sold + excluded.sold,
              returned = h.returned + excluded.returned, live_events = h.live_events + excluded.live_events,
              last_event_at = greatest(h.last_event_at, excluded.last_event_at);
        return null;
      end $$;`);
    this.addSql(
      `alter table "lot_holding" drop column "received", drop column "destroyed", drop column "last_live_event_at";`,
    );
  }
}

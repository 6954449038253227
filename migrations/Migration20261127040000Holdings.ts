import { Migration } from '@mikro-orm/migrations';

/** custody_event's references: column, referenced table, and whether the referenced rows can be deleted (and so need a lock). */
const REFERENCES: { table: string; columns: string[]; lock: boolean }[] = [
  { table: 'lot', columns: ['lot_id', 'output_lot_id'], lock: true },
  { table: 'organization', columns: ['organization_id', 'counterparty_id'], lock: true },
  { table: 'location', columns: ['location_id', 'counterparty_location_id'], lock: true },
  { table: 'commitment', columns: ['commitment_id'], lock: true },
  { table: 'recall', columns: ['recall_id'], lock: true },
  // Events are append-only (a trigger refuses DELETE): no lock needed.
  { table: 'custody_event', columns: ['corrects_id', 'shipment_id'], lock: false },
];

const FOREIGN_KEYS = [
  'lot_id',
  'organization_id',
  'location_id',
  'counterparty_id',
  'counterparty_location_id',
  'corrects_id',
  'shipment_id',
  'output_lot_id',
  'commitment_id',
  'recall_id',
];

/**
 * The check of an insert's references, run once per statement: every distinct referenced value must
 * exist (and is locked against deletion until commit). `named` words the table in the error message.
 */
export function checkReferencesFunction(named: (table: string) => string): string {
  const checks = REFERENCES.map(({ table, columns, lock }) => {
    const values = columns.map((c) => `select ${c} as id from new_rows where ${c} is not null`).join(' union all ');
    const wanted = `select distinct id from (${values}) v`;
    const message = `custody_event names ${named(table)} that does not exist (${columns.join(' or ')})`;
    return `
        select count(*) into wanted from (${wanted}) w;
        if wanted > 0 then
          select count(*) into found
            from (select 1 from ${table} t where t.id in (${wanted})${lock ? ' for key share of t' : ''}) f;
          if found < wanted then
            raise exception '${message}' using errcode = 'foreign_key_violation';
          end if;
        end if;`;
  }).join('');
  return `create or replace function custody_event_check_references() returns trigger language plpgsql as $$
      declare wanted bigint; found bigint;
      begin ${checks}
        return null;
      end $$;`;
}

/**
 * Holdings, and custody_event's references checked once per statement.
 *
 * 1. `lot_holding`: one row per (lot, organization, location) with the sums of its live events, kept by
 *    a statement-level trigger that folds each insert's rows (and the events they correct) into it. Stock
 *    checks and recall scopes read one row per holder instead of summing every event.
 * 2. custody_event's ten foreign keys checked each row with its own lookup and lock: four fifths of the
 *    cost of inserting an event. They are replaced by one check per statement over the distinct values
 *    (with the same FOR KEY SHARE locks), and by checks on DELETE of the referenced tables, so the
 *    guarantee is the same: no event names a row that does not exist.
 * 3. An event can be corrected once: unique `corrects_id` (the service already refused a second one).
 */
export class Migration20261127040000Holdings extends Migration {
  override async up(): Promise<void> {
    for (const c of FOREIGN_KEYS)
      this.addSql(`alter table "custody_event" drop constraint if exists "custody_event_${c}_foreign";`);

    // Inserts: every distinct referenced value must exist (and is locked against deletion until commit).
    this.addSql(checkReferencesFunction((table) => `a ${table}`));
    this
      .addSql(`create trigger custody_event_references after insert on "custody_event" referencing new table as new_rows
      for each statement execute function custody_event_check_references();`);

    // Deletes of referenced rows: refused while an event names them (ON DELETE RESTRICT, as before).
    for (const { table, columns, lock } of REFERENCES) {
      if (!lock) continue;
      const named = columns
        .map((c) => `exists (select 1 from custody_event e where e.${c} in (select id from old_rows))`)
        .join(' or ');
      this.addSql(`create or replace function ${table}_delete_check_events() returns trigger language plpgsql as $$
        begin
          if ${named} then
            raise exception 'a custody event names this ${table}' using errcode = 'foreign_key_violation';
          end if;
          return null;
        end $$;`);
      this.addSql(`create trigger ${table}_named_by_events after delete on "${table}" referencing old table as old_rows
        for each statement execute function ${table}_delete_check_events();`);
    }

    this.addSql(`drop index if exists "custody_event_corrects_id_index";`);
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_corrects_id_unique" unique ("corrects_id");`,
    );

    this
      .addSql(`create table "lot_holding" ("lot_id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null,
      "on_hand" numeric(18,3) not null, "shipped" numeric(18,3) not null, "sold" numeric(18,3) not null, "returned" numeric(18,3) not null,
      "live_events" int not null, "last_event_at" timestamptz not null,
      constraint "lot_holding_pkey" primary key ("lot_id", "organization_id", "location_id"));`);
    this.addSql(`create index "lot_holding_organization_id_index" on "lot_holding" ("organization_id");`);
    this.addSql(
      `alter table "lot_holding" add constraint "lot_holding_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot_holding" add constraint "lot_holding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot_holding" add constraint "lot_holding_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete restrict;`,
    );

    // Each insert's rows, plus minus the events they correct, summed per holder, in key order (so that
    // concurrent writers lock holdings in the same order).
    const delta = `(case when d.type in ('PRODUCED', 'RECEIVED', 'RETURNED') then d.quantity when d.type in ('CONSUMED', 'SHIPPED', 'SOLD', 'DESTROYED') then -d.quantity else 0 end)`;
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
    this
      .addSql(`create trigger custody_event_to_holding after insert on "custody_event" referencing new table as new_rows
      for each statement execute function custody_event_to_holding();`);

    // The holdings of the events already recorded.
    this
      .addSql(`insert into lot_holding (lot_id, organization_id, location_id, on_hand, shipped, sold, returned, live_events, last_event_at)
      select e.lot_id, e.organization_id, e.location_id,
             coalesce(sum(${delta.replaceAll('d.', 'e.')}) filter (where e.live), 0),
             coalesce(sum(e.quantity) filter (where e.live and e.type = 'SHIPPED'), 0),
             coalesce(sum(e.quantity) filter (where e.live and e.type = 'SOLD'), 0),
             coalesce(sum(e.quantity) filter (where e.live and e.type = 'RETURNED'), 0),
             (count(*) filter (where e.live))::int, max(e.occurred_at)
        from (select e.*, not exists (select 1 from custody_event c where c.corrects_id = e.id) as live from custody_event e) e
       group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists custody_event_to_holding on "custody_event";`);
    this.addSql(`drop function if exists custody_event_to_holding();`);
    this.addSql(`drop table if exists "lot_holding" cascade;`);
    this.addSql(`alter table "custody_event" drop constraint if exists "custody_event_corrects_id_unique";`);
    this.addSql(`create index "custody_event_corrects_id_index" on "custody_event" ("corrects_id");`);
    for (const { table, lock } of REFERENCES) {
      if (!lock) continue;
      this.addSql(`drop trigger if exists ${table}_named_by_events on "${table}";`);
      this.addSql(`drop function if exists ${table}_delete_check_events();`);
    }
    this.addSql(`drop trigger if exists custody_event_references on "custody_event";`);
    this.addSql(`drop function if exists custody_event_check_references();`);
    const target: Record<string, string> = {
      lot_id: 'lot',
      organization_id: 'organization',
      location_id: 'location',
      counterparty_id: 'organization',
      counterparty_location_id: 'location',
      corrects_id: 'custody_event',
      shipment_id: 'custody_event',
      output_lot_id: 'lot',
      commitment_id: 'commitment',
      recall_id: 'recall',
    };
    for (const c of FOREIGN_KEYS) {
      this.addSql(
        `alter table "custody_event" add constraint "custody_event_${c}_foreign" foreign key ("${c}") references "${target[c]}" ("id") on update cascade on delete restrict;`,
      );
    }
  }
}

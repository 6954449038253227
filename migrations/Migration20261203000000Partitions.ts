import { Migration } from '@mikro-orm/migrations';

/**
 * The tables that grow without end, partitioned by month (PostgreSQL's declarative partitioning, so the
 * same on a server and on the embedded database): `custody_event` on `occurred_at`, `ledger_entry` on
 * `recorded_at`, `epcis_event` on `event_time`. Months are UTC months; a query naming a time range reads
 * only the partitions of that range. Each table also has a DEFAULT partition, for a row outside every
 * month made so far (an event backdated before the first month), so that no write ever fails for want
 * of a partition.
 *
 * `partition_months(parent, from, to)` makes the missing months (the maintenance command,
 * `npm run partitions`, and the server at start call it to stay three months ahead); `src/db/partitions.ts`
 * detaches old months for archive.
 *
 * What partitioning changes (a primary key or unique key must hold the partition key):
 * - `custody_event`: primary key (id, occurred_at). Its ids are random UUIDs made by the server; nothing
 *   references them with a foreign key (the references are checked per statement since the Holdings
 *   migration). "An event is corrected at most once" was a unique key on `corrects_id`: it is now checked
 *   per statement by `custody_event_corrected_once`, under a lock per corrected event.
 * - `ledger_entry`: primary key (organization_id, seq, recorded_at). Appends are serialized per
 *   organization by an advisory lock (ledger.service), which is what kept `seq` unique, not the key.
 * - `epcis_event`: its keys held `event_time` already.
 * Append-only guards: row triggers on a partitioned table are cloned onto every partition, so an UPDATE or
 * DELETE on a partition is refused like one on the parent; a TRUNCATE guard is not passed down, so each
 * partition of the ledger (the one table that refuses TRUNCATE) gets its own (`guard_partitions`).
 */

interface Partitioned {
  table: string;
  key: string;
  primaryKey: string[];
  /** Everything the table had beside its columns and checks, made again on the partitioned table. */
  recreate: string[];
}

const TABLES: Partitioned[] = [
  {
    table: 'custody_event',
    key: 'occurred_at',
    primaryKey: ['id', 'occurred_at'],
    recreate: [
      `create index "custody_event_id_index" on "custody_event" ("id")`,
      `create index "custody_event_corrects_id_index" on "custody_event" ("corrects_id") where "corrects_id" is not null`,
      `create index "custody_event_counterparty_id_index" on "custody_event" ("counterparty_id")`,
      `create index "custody_event_incoming_index" on "custody_event" ("counterparty_id", "occurred_at", "id") where "type" = 'SHIPPED'`,
      `create index "custody_event_location_time_index" on "custody_event" ("location_id", "occurred_at")`,
      `create index "custody_event_lot_holder_index" on "custody_event" ("lot_id", "organization_id", "location_id") include ("type", "quantity", "occurred_at", "id")`,
      `create index "custody_event_organization_id_index" on "custody_event" ("organization_id")`,
      `create index "custody_event_recall_id_index" on "custody_event" ("recall_id")`,
      `create index "custody_event_shipment_id_index" on "custody_event" ("shipment_id")`,
      `create trigger custody_event_append_only before update or delete on "custody_event" for each row execute function refuse_change()`,
      `create trigger custody_event_references after insert on "custody_event" referencing new table as new_rows for each statement execute function custody_event_check_references()`,
      `create trigger custody_event_to_holding after insert on "custody_event" referencing new table as new_rows for each statement execute function custody_event_to_holding()`,
      `create trigger custody_event_corrected_once after insert on "custody_event" referencing new table as new_rows for each statement execute function custody_event_corrected_once()`,
    ],
  },
  {
    table: 'ledger_entry',
    key: 'recorded_at',
    primaryKey: ['organization_id', 'seq', 'recorded_at'],
    recreate: [
      `create index "ledger_entry_organization_seq_index" on "ledger_entry" ("organization_id", "seq")`,
      `create index "ledger_entry_recorded_at_index" on "ledger_entry" ("recorded_at")`,
      `create index "ledger_entry_record_type_record_id_index" on "ledger_entry" ("record_type", "record_id")`,
      `alter table "ledger_entry" add constraint "ledger_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict`,
      `create trigger ledger_entry_append_only before update or delete on "ledger_entry" for each row execute function refuse_change()`,
      `create trigger ledger_entry_no_truncate before truncate on "ledger_entry" for each statement execute function refuse_change()`,
    ],
  },
  {
    table: 'epcis_event',
    key: 'event_time',
    primaryKey: ['event_time', 'seq'],
    recreate: [
      `create index "epcis_event_biz_location_index" on "epcis_event" ("biz_location", "event_time", "seq")`,
      `create index "epcis_event_event_id_index" on "epcis_event" ("event_id")`,
      `create unique index "epcis_event_event_id_unique" on "epcis_event" ("event_id", "event_time")`,
      `create index "epcis_event_read_point_index" on "epcis_event" ("read_point", "event_time", "seq")`,
      `create index "epcis_event_record_time_index" on "epcis_event" ("record_time", "seq")`,
      `create index "epcis_event_visible_to_index" on "epcis_event" using gin ("visible_to")`,
      `alter table "epcis_event" add constraint "epcis_event_recorded_by_fkey" foreign key ("recorded_by") references "organization" ("id") on delete restrict`,
      `create trigger epcis_event_immutable before update or delete on "epcis_event" for each row execute function refuse_change()`,
    ],
  },
];

/** Makes the monthly partitions of `parent` from the month of `first_month` to that of `last_month`; returns how many were new. */
const PARTITION_MONTHS = `create or replace function partition_months(parent text, first_month timestamptz, last_month timestamptz)
returns int language plpgsql as $$
declare
  m timestamp := date_trunc('month', first_month at time zone 'UTC');
  made int := 0;
  part text;
begin
  while m <= last_month at time zone 'UTC' loop
    part := parent || '_' || to_char(m, 'YYYY_MM');
    if to_regclass(part) is null then
      execute format('create table %I partition of %I for values from (%L) to (%L)', part, parent,
        (m at time zone 'UTC')::text, ((m + interval '1 month') at time zone 'UTC')::text);
      made := made + 1;
    end if;
    m := m + interval '1 month';
  end loop;
  perform guard_partitions(parent);
  return made;
end $$;`;

/**
 * TRUNCATE of a partition does not pass through its table's guard: each partition of a table that refuses
 * TRUNCATE (the ledger) gets a guard of its own.
 */
const GUARD_PARTITIONS = `create or replace function guard_partitions(parent text) returns void language plpgsql as $$
declare
  part text;
begin
  if not exists (select 1 from pg_trigger where tgrelid = parent::regclass and tgname = parent || '_no_truncate') then
    return;
  end if;
  for part in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = parent::regclass loop
    if not exists (select 1 from pg_trigger where tgrelid = part::regclass and tgname = part || '_no_truncate') then
      execute format('create trigger %I before truncate on %I for each statement execute function refuse_change()',
        part || '_no_truncate', part);
    end if;
  end loop;
end $$;`;

/** An event is corrected at most once (the unique key a partitioned table cannot have on `corrects_id` alone). */
const CORRECTED_ONCE = `create or replace function custody_event_corrected_once() returns trigger language plpgsql as $$
begin
  -- One corrector at a time per corrected event: the count below then sees every committed correction.
  perform pg_advisory_xact_lock(hashtextextended('corrects:' || c, 0))
     from (select distinct corrects_id::text as c from new_rows where corrects_id is not null order by 1) x;
  if exists (select 1 from (select distinct corrects_id from new_rows where corrects_id is not null) n
              where (select count(*) from custody_event e where e.corrects_id = n.corrects_id) > 1) then
    raise exception 'a custody event is corrected at most once'
      using errcode = '23505', constraint = 'custody_event_corrects_id_unique';
  end if;
  return null;
end $$;`;

export class Migration20261203000000Partitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(GUARD_PARTITIONS);
    this.addSql(PARTITION_MONTHS);
    this.addSql(CORRECTED_ONCE);
    for (const t of TABLES) {
      const old = `${t.table}_unpartitioned`;
      this.addSql(`alter table "${t.table}" rename to "${old}";`);
      this.addSql(`create table "${t.table}" (like "${old}" including defaults including constraints including identity)
        partition by range ("${t.key}");`);
      this.addSql(`create table "${t.table}_default" partition of "${t.table}" default;`);
      // Months from the oldest row (or this month) to three months ahead; rows are then moved in.
      this.addSql(
        `select partition_months('${t.table}', coalesce((select min("${t.key}") from "${old}"), now()), now() + interval '3 months');`,
      );
      const identity = t.table === 'epcis_event' ? ' overriding system value' : '';
      this.addSql(`insert into "${t.table}"${identity} select * from "${old}";`);
      this.addSql(`drop table "${old}";`);
      // Names of keys and indexes are the old table's until it is gone.
      this.addSql(
        `alter table "${t.table}" add constraint "${t.table}_pkey" primary key (${t.primaryKey.map((c) => `"${c}"`).join(', ')});`,
      );
      for (const sql of t.recreate) this.addSql(`${sql};`);
      this.addSql(`select guard_partitions('${t.table}');`);
    }
    // The identity sequence is a new one: it continues where the old one was.
    this.addSql(
      `select setval(pg_get_serial_sequence('epcis_event', 'seq'), coalesce((select max(seq) from epcis_event), 0) + 1, false);`,
    );
  }

  override async down(): Promise<void> {
    throw new Error(
      'Partitioned tables are not turned back into plain ones: restore a backup taken before this migration.',
    );
  }
}

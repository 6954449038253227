import { Migration } from '@mikro-orm/migrations';

/**
 * The EPCIS event store (src/modules/epcis). Events are kept as they came (`body`, with the `@context` that
 * gives their prefixes meaning) beside the columns the standard queries filter on, in canonical form.
 *
 * - `epcis_event`'s primary key holds its time column (`event_time`, then `seq`), and so does its unique
 *   event ID key: issue 14 can turn it into a table partitioned by month on `event_time` without changing a key.
 * - `epcis_event_epc`: one row per identifier an event names, by role, for `MATCH_epc`, `MATCH_anyEPC`,
 *   `MATCH_parentID` and `MATCH_epcClass` (an index scan per identifier instead of a GIN over every event).
 * - `epcis_custody_link`: the custody events and lots a captured event recorded in the chain, so that the
 *   chain's own events are not read twice when queries read both.
 * - `epcis_capture`: capture jobs (the standard's `/capture/{captureID}`), with per-event outcomes.
 * - `epcis_query`, `epcis_subscription`, `epcis_delivery`: named queries, their webhook subscriptions and the
 *   record of every delivery; `epcis_recall_events`: recalls already told as `recalled` events.
 * The tables are read and written in SQL only (no entities): `orm-config.ts` leaves them to this migration.
 */
export class Migration20261201000000Epcis extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "epcis_capture" (
      "id" uuid primary key, "organization_id" uuid not null references "organization" ("id") on delete restrict,
      "created_at" timestamptz not null, "finished_at" timestamptz null, "running" boolean not null, "success"
        boolean null,
      "error_behaviour" text not null check ("error_behaviour" in ('rollback', 'proceed')), "event_count" int not null,
      "accepted" int not null default 0, "stored_only" int not null default 0, "refused" int not null default 0,
      "duplicates" int not null default 0, "outcomes" jsonb not null default '[]', "errors" jsonb not null default '[]',
      "document" jsonb null);`);
    this.addSql(
      `create index "epcis_capture_organization_index" on "epcis_capture" ("organization_id", "created_at");`,
    );
    this.addSql(`create index "epcis_capture_running_index" on "epcis_capture" ("created_at") where "running";`);

    this.addSql(`create table "epcis_event" (
      "seq" bigint generated always as identity, "event_id" text not null, "event_time" timestamptz not null,
      "record_time" timestamptz not null, "event_time_zone_offset" text not null, "type" text not null,
      "action" text null, "biz_step" text collate "C" null, "disposition" text collate "C" null,
      "read_point" text collate "C" null, "biz_location" text collate "C" null,
      "recorded_by" uuid not null references "organization" ("id") on delete restrict, "visible_to" uuid[] not null,
      "capture_id" uuid null, "chain" text not null check ("chain" in ('RECORDED', 'STORED')),
      "context" jsonb not null, "body" jsonb not null,
      constraint "epcis_event_pkey" primary key ("event_time", "seq"));`);
    this.addSql(`create unique index "epcis_event_event_id_unique" on "epcis_event" ("event_id", "event_time");`);
    this.addSql(`create index "epcis_event_event_id_index" on "epcis_event" ("event_id");`);
    this.addSql(`create index "epcis_event_record_time_index" on "epcis_event" ("record_time", "seq");`);
    this.addSql(
      `create index "epcis_event_biz_location_index" on "epcis_event" ("biz_location", "event_time", "seq");`,
    );
    this.addSql(`create index "epcis_event_read_point_index" on "epcis_event" ("read_point", "event_time", "seq");`);
    this.addSql(`create index "epcis_event_visible_to_index" on "epcis_event" using gin ("visible_to");`);
    // Captured events are a record: never changed, never removed.
    this.addSql(
      `create trigger epcis_event_immutable before update or delete on "epcis_event" for each row execute function
         refuse_change();`,
    );

    this.addSql(`create table "epcis_event_epc" (
      "epc" text collate "C" not null, "role" text not null, "event_time" timestamptz not null, "event_seq" bigint
        not null,
      constraint "epcis_event_epc_pkey" primary key ("epc", "role", "event_time", "event_seq"));`);
    this.addSql(`create index "epcis_event_epc_event_index" on "epcis_event_epc" ("event_time", "event_seq");`);

    this.addSql(`create table "epcis_custody_link" (
      "custody_event_id" uuid primary key, "event_time" timestamptz not null, "event_seq" bigint not null);`);

    // Named queries, their subscriptions, and every webhook delivery (the record a receiver's operator asks for).
    this.addSql(`create table "epcis_query" (
      "id" uuid primary key, "organization_id" uuid not null references "organization" ("id") on delete restrict,
      "name" text not null, "params" jsonb not null, "created_at" timestamptz not null,
      constraint "epcis_query_name_unique" unique ("organization_id", "name"));`);
    this.addSql(`create table "epcis_subscription" (
      "id" uuid primary key, "query_id" uuid not null references "epcis_query" ("id") on delete cascade,
      "organization_id" uuid not null references "organization" ("id") on delete restrict, "destination" text not null,
      "secret" text not null, "stream" boolean not null, "schedule" jsonb null, "report_if_empty" boolean not null,
      "cursor" jsonb not null, "created_at" timestamptz not null, "last_run_at" timestamptz null);`);
    this.addSql(`create index "epcis_subscription_query_index" on "epcis_subscription" ("query_id");`);
    this.addSql(`create table "epcis_delivery" (
      "id" uuid primary key, "seq" bigint generated always as identity,
      "subscription_id" uuid not null references "epcis_subscription" ("id") on delete cascade,
      "created_at" timestamptz not null, "body" text not null, "event_count" int not null,
      "status" text not null check ("status" in ('PENDING', 'DELIVERED', 'FAILED')), "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null, "last_attempt_at" timestamptz null, "last_status" int null,
        "last_error" text null,
      "delivered_at" timestamptz null);`);
    this.addSql(`create index "epcis_delivery_subscription_index" on "epcis_delivery" ("subscription_id", "seq");`);
    this.addSql(
      `create index "epcis_delivery_due_index" on "epcis_delivery" ("next_attempt_at") where "status" = 'PENDING';`,
    );
    // Recalls whose activation has been told as `recalled` events (once each, whichever instance does it).
    this.addSql(
      `create table "epcis_recall_events" ("recall_id" uuid primary key references "recall" ("id") on delete
         cascade, "created_at" timestamptz not null);`,
    );

    // Where the chain's events happened: EQ_bizLocation over custody events reads this index.
    this.addSql(`create index "custody_event_location_time_index" on "custody_event" ("location_id", "occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "custody_event_location_time_index";`);
    this.addSql(
      `drop table if exists "epcis_recall_events", "epcis_delivery", "epcis_subscription", "epcis_query",
         "epcis_custody_link", "epcis_event_epc", "epcis_event", "epcis_capture" cascade;`,
    );
  }
}

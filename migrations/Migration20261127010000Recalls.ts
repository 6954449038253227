import { Migration } from '@mikro-orm/migrations';

/** Regulators: recalls with frozen scopes, transitions, notices, spot checks; recall remedies on custody events. */
export class Migration20261127010000Recalls extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "recall" ("id" uuid not null, "number" varchar(20) not null, "kind" text check ("kind" in ('VOLUNTARY', 'ORDERED')) not null, "initiator_id" uuid not null, "root_kind" text check ("root_kind" in ('LOTS', 'PRODUCT_RANGE', 'DECLARATION', 'PRODUCER')) not null, "root_lot_ids" uuid[] not null, "root_product_id" uuid null, "root_produced_from" date null, "root_produced_to" date null, "root_declaration_id" uuid null, "root_indicator_key" text null, "root_producer_id" uuid null, "hazard" text not null, "gb_clause" text null, "remedies" text[] not null, "consumer_instructions" text not null, "notice_text" text not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED')) not null default 'DRAFT', "created_at" timestamptz not null, "activated_at" timestamptz null, "closed_at" timestamptz null, constraint "recall_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "recall" add constraint "recall_number_unique" unique ("number");`);
    this.addSql(
      `create table "recall_transition" ("id" uuid not null, "recall_id" uuid not null, "from_status" text check ("from_status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED')) null, "to_status" text check ("to_status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED')) not null, "organization_id" uuid not null, "at" timestamptz not null, "note" text null, constraint "recall_transition_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "recall_transition_recall_id_index" on "recall_transition" ("recall_id");`);
    this.addSql(
      `create table "recall_notice" ("recall_id" uuid not null, "organization_id" uuid not null, "created_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_note" text null, constraint "recall_notice_pkey" primary key ("recall_id", "organization_id"));`,
    );
    this.addSql(`create index "recall_notice_organization_id_index" on "recall_notice" ("organization_id");`);
    this.addSql(
      `create table "spot_check" ("id" uuid not null, "lot_id" uuid not null, "holder_id" uuid not null, "location_id" uuid not null, "sampled_on" date not null, "laboratory_id" uuid not null, "regulator_id" uuid not null, "declaration_id" uuid not null, "results" jsonb not null, "passed" boolean not null, "report_number" text null, "created_at" timestamptz not null, constraint "spot_check_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "spot_check_lot_id_index" on "spot_check" ("lot_id");`);
    this.addSql(
      `create table "recall_scope_lot" ("recall_id" uuid not null, "lot_id" uuid not null, "depth" int not null, "via_id" uuid null, constraint "recall_scope_lot_pkey" primary key ("recall_id", "lot_id"));`,
    );
    this.addSql(
      `create table "recall_scope_holder" ("recall_id" uuid not null, "lot_id" uuid not null, "organization_id" uuid not null, "location_id" uuid not null, "party" text check ("party" in ('PRODUCER', 'DISTRIBUTOR', 'RETAILER', 'CONSUMER')) not null, "on_hand" numeric(18,3) not null, "shipped" numeric(18,3) not null, "sold" numeric(18,3) not null, "returned" numeric(18,3) not null, constraint "recall_scope_holder_pkey" primary key ("recall_id", "lot_id", "organization_id", "location_id"));`,
    );
    this.addSql(
      `alter table "recall" add constraint "recall_initiator_id_foreign" foreign key ("initiator_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall" add constraint "recall_root_product_id_foreign" foreign key ("root_product_id") references "product" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall" add constraint "recall_root_declaration_id_foreign" foreign key ("root_declaration_id") references "standard_declaration" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall" add constraint "recall_root_producer_id_foreign" foreign key ("root_producer_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_transition" add constraint "recall_transition_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recall_transition" add constraint "recall_transition_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_notice" add constraint "recall_notice_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recall_notice" add constraint "recall_notice_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_holder_id_foreign" foreign key ("holder_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_laboratory_id_foreign" foreign key ("laboratory_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_regulator_id_foreign" foreign key ("regulator_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "spot_check" add constraint "spot_check_declaration_id_foreign" foreign key ("declaration_id") references "standard_declaration" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_scope_lot" add constraint "recall_scope_lot_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recall_scope_lot" add constraint "recall_scope_lot_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_scope_lot" add constraint "recall_scope_lot_via_id_foreign" foreign key ("via_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_scope_holder" add constraint "recall_scope_holder_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recall_scope_holder" add constraint "recall_scope_holder_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_scope_holder" add constraint "recall_scope_holder_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_scope_holder" add constraint "recall_scope_holder_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "custody_event" drop constraint if exists "custody_event_type_check";`);
    this.addSql(`alter table "lot_input" add column "occurred_at" timestamptz null;`);
    this.addSql(`alter table "lot_input" disable trigger lot_input_append_only;`);
    this.addSql(
      `update "lot_input" li set "occurred_at" = coalesce((select min(e.occurred_at) from custody_event e where e.type = 'CONSUMED' and e.lot_id = li.input_id and e.output_lot_id = li.output_id), li.recorded_at);`,
    );
    this.addSql(`alter table "lot_input" enable trigger lot_input_append_only;`);
    this.addSql(`alter table "lot_input" alter column "occurred_at" set not null;`);
    this.addSql(`alter table "custody_event" add column "recall_id" uuid null;`);
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_type_check" check("type" in ('PRODUCED', 'CONSUMED', 'SHIPPED', 'RECEIVED', 'SOLD', 'RETURNED', 'DESTROYED', 'REPAIRED', 'REPLACED'));`,
    );
    this.addSql(`create index "custody_event_recall_id_index" on "custody_event" ("recall_id");`);

    // Recall numbers RC-<year>-<n>; lots by declaration version for declaration-rooted scopes.
    this.addSql(`create sequence if not exists recall_number_seq;`);
    this.addSql(`create index if not exists lot_declaration_id_index on "lot" ("declaration_id");`);
    // Index-only scans for the recall scope: events by lot with what the stock sums need, lots with their unit.
    this.addSql(`drop index if exists "custody_event_lot_id_organization_id_location_id_index";`);
    this.addSql(
      `create index "custody_event_lot_holder_index" on "custody_event" ("lot_id", "organization_id", "location_id") include ("type", "quantity", "occurred_at", "id");`,
    );
    this.addSql(`create index "lot_id_unit_index" on "lot" ("id") include ("unit");`);
    // Frozen scopes, transitions and spot checks are records: never changed once written.
    for (const table of ['recall_scope_lot', 'recall_scope_holder', 'recall_transition', 'spot_check']) {
      this.addSql(
        `create trigger ${table}_append_only before update or delete on "${table}" for each row execute function refuse_change();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of [
      'recall_scope_holder',
      'recall_scope_lot',
      'recall_notice',
      'recall_transition',
      'spot_check',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`alter table "custody_event" drop column "recall_id";`);
    this.addSql(`drop table if exists "recall" cascade;`);
    this.addSql(`alter table "lot_input" drop column "occurred_at";`);
    this.addSql(`drop sequence if exists recall_number_seq;`);
    this.addSql(`drop index if exists lot_declaration_id_index;`);
    this.addSql(`drop index if exists "custody_event_lot_holder_index";`);
    this.addSql(`drop index if exists "lot_id_unit_index";`);
    this.addSql(
      `create index "custody_event_lot_id_organization_id_location_id_index" on "custody_event" ("lot_id", "organization_id", "location_id");`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/** The traceability core: organizations, products, declarations, certifications, lots, custody, commitments. */
export class Migration20261127000000Core extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" uuid not null, "name" text not null, "name_en" text null, "credit_code" varchar(18) not null, "roles" text[] not null, "region_code" varchar(6) not null, "gln" varchar(13) null, "address" text null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`);
    this.addSql(`alter table "organization" add constraint "organization_gln_unique" unique ("gln");`);
    this.addSql(
      `create table "location" ("id" uuid not null, "organization_id" uuid not null, "name" text not null, "kind" text check ("kind" in ('FACTORY', 'WAREHOUSE', 'STORE', 'OFFICE', 'LABORATORY')) not null, "gln" varchar(13) null, "region_code" varchar(6) not null, "address" text null, constraint "location_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "location_organization_id_index" on "location" ("organization_id");`);
    this.addSql(`alter table "location" add constraint "location_gln_unique" unique ("gln");`);
    this.addSql(
      `create table "idempotency_record" ("organization_id" uuid not null, "key" varchar(100) not null, "request_hash" varchar(64) not null, "event_ids" jsonb not null, "created_at" timestamptz not null, constraint "idempotency_record_pkey" primary key ("organization_id", "key"));`,
    );
    this.addSql(
      `create table "commitment" ("id" uuid not null, "seller_id" uuid not null, "version" int not null, "statement" text not null, "scope" text check ("scope" in ('ALL', 'CATEGORIES', 'PRODUCTS')) not null, "categories" text[] not null, "product_ids" uuid[] not null, "remedies" text[] not null, "response_hours" int not null, "hotline" text not null, "valid_from" timestamptz not null, "valid_until" timestamptz null, "published_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" text null, constraint "commitment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_seller_id_version_unique" unique ("seller_id", "version");`,
    );
    this.addSql(
      `create table "api_key" ("id" uuid not null, "organization_id" uuid not null, "key_hash" varchar(64) not null, "prefix" varchar(16) not null, "label" text not null, "scope" text check ("scope" in ('ADMIN', 'WRITE', 'READ')) not null default 'ADMIN', "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_organization_id_index" on "api_key" ("organization_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(
      `create table "product" ("id" uuid not null, "owner_id" uuid not null, "gtin" varchar(14) not null, "name" text not null, "name_en" text null, "category" text check ("category" in ('CHILDRENS_GOODS', 'HOME_APPLIANCE', 'MATERIAL')) not null, "subcategory" text not null, "brand" text not null, "model" text null, "materials" jsonb not null, "origin_country" varchar(2) not null default 'CN', "origin_region_code" varchar(6) null, "min_age_months" int null, "max_age_months" int null, "special_groups" text[] not null, "suitability_note" text null, "ccc_required" boolean not null default false, "created_at" timestamptz not null, constraint "product_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_owner_id_index" on "product" ("owner_id");`);
    this.addSql(`alter table "product" add constraint "product_gtin_unique" unique ("gtin");`);
    this.addSql(
      `create table "certification" ("id" uuid not null, "product_id" uuid not null, "kind" text check ("kind" in ('CCC', 'VOLUNTARY', 'TEST_REPORT')) not null, "number" text not null, "body" text not null, "laboratory_id" uuid null, "scope" text not null, "valid_from" date not null, "valid_until" date null, "recorded_status" text check ("recorded_status" in ('VALID', 'SUSPENDED', 'REVOKED', 'EXPIRED')) not null default 'VALID', "status_changed_at" timestamptz not null, "created_at" timestamptz not null, constraint "certification_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "certification_product_id_index" on "certification" ("product_id");`);
    this.addSql(
      `alter table "certification" add constraint "certification_product_id_kind_number_unique" unique ("product_id", "kind", "number");`,
    );
    this.addSql(
      `create table "standard_declaration" ("id" uuid not null, "product_id" uuid not null, "version" int not null, "valid_from" timestamptz not null, "published_at" timestamptz not null, "change_note" text null, constraint "standard_declaration_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "standard_declaration" add constraint "standard_declaration_product_id_version_unique" unique ("product_id", "version");`,
    );
    this.addSql(
      `create table "lot" ("id" uuid not null, "product_id" uuid not null, "owner_id" uuid not null, "lot_number" varchar(20) not null, "produced_on" date not null, "expires_on" date null, "quantity" numeric(18,3) not null, "unit" text check ("unit" in ('EACH', 'KILOGRAM', 'TONNE', 'METRE', 'SQUARE_METRE', 'LITRE')) not null, "location_id" uuid not null, "declaration_id" uuid null, "created_at" timestamptz not null, constraint "lot_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lot_owner_id_index" on "lot" ("owner_id");`);
    this.addSql(
      `alter table "lot" add constraint "lot_product_id_lot_number_unique" unique ("product_id", "lot_number");`,
    );
    this.addSql(
      `create table "lot_input" ("id" uuid not null, "output_id" uuid not null, "input_id" uuid not null, "quantity" numeric(18,3) not null, "recorded_at" timestamptz not null, constraint "lot_input_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lot_input_input_id_index" on "lot_input" ("input_id");`);
    this.addSql(
      `alter table "lot_input" add constraint "lot_input_output_id_input_id_unique" unique ("output_id", "input_id");`,
    );
    this.addSql(
      `create table "custody_event" ("id" uuid not null, "lot_id" uuid not null, "type" text check ("type" in ('PRODUCED', 'CONSUMED', 'SHIPPED', 'RECEIVED', 'SOLD', 'RETURNED', 'DESTROYED')) not null, "organization_id" uuid not null, "location_id" uuid not null, "counterparty_id" uuid null, "counterparty_location_id" uuid null, "quantity" numeric(18,3) not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null, "reference_document" text null, "corrects_id" uuid null, "shipment_id" uuid null, "output_lot_id" uuid null, "commitment_id" uuid null, "note" text null, constraint "custody_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "custody_event_organization_id_index" on "custody_event" ("organization_id");`);
    this.addSql(`create index "custody_event_counterparty_id_index" on "custody_event" ("counterparty_id");`);
    this.addSql(`create index "custody_event_corrects_id_index" on "custody_event" ("corrects_id");`);
    this.addSql(`create index "custody_event_shipment_id_index" on "custody_event" ("shipment_id");`);
    this.addSql(
      `create index "custody_event_lot_id_organization_id_location_id_index" on "custody_event" ("lot_id", "organization_id", "location_id");`,
    );
    this.addSql(
      `create table "declared_standard" ("id" uuid not null, "declaration_id" uuid not null, "position" int not null, "number" text not null, "kind" text check ("kind" in ('NATIONAL_MANDATORY', 'NATIONAL_RECOMMENDED', 'INDUSTRY', 'GROUP', 'ENTERPRISE')) not null, "title" text not null, "indicators" jsonb not null, constraint "declared_standard_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "declared_standard_declaration_id_index" on "declared_standard" ("declaration_id");`);
    this.addSql(
      `alter table "declared_standard" add constraint "declared_standard_declaration_id_number_unique" unique ("declaration_id", "number");`,
    );
    this.addSql(
      `alter table "location" add constraint "location_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "idempotency_record" add constraint "idempotency_record_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "commitment" add constraint "commitment_seller_id_foreign" foreign key ("seller_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "product" add constraint "product_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "certification" add constraint "certification_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "certification" add constraint "certification_laboratory_id_foreign" foreign key ("laboratory_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "standard_declaration" add constraint "standard_declaration_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot" add constraint "lot_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot" add constraint "lot_owner_id_foreign" foreign key ("owner_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot" add constraint "lot_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot" add constraint "lot_declaration_id_foreign" foreign key ("declaration_id") references "standard_declaration" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot_input" add constraint "lot_input_output_id_foreign" foreign key ("output_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "lot_input" add constraint "lot_input_input_id_foreign" foreign key ("input_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_location_id_foreign" foreign key ("location_id") references "location" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_counterparty_id_foreign" foreign key ("counterparty_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_counterparty_location_id_foreign" foreign key ("counterparty_location_id") references "location" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_corrects_id_foreign" foreign key ("corrects_id") references "custody_event" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_shipment_id_foreign" foreign key ("shipment_id") references "custody_event" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_output_lot_id_foreign" foreign key ("output_lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "custody_event" add constraint "custody_event_commitment_id_foreign" foreign key ("commitment_id") references "commitment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "declared_standard" add constraint "declared_standard_declaration_id_foreign" foreign key ("declaration_id") references "standard_declaration" ("id") on update cascade on delete cascade;`,
    );

    // Append-only records: events, transformation edges and declaration versions are never changed or
    // deleted by the application; a correction is a new row. (TRUNCATE, used by the demo reload, is not a row change.)
    this.addSql(`create or replace function refuse_change() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', TG_TABLE_NAME using errcode = 'integrity_constraint_violation'; end $$;`);
    for (const table of ['custody_event', 'lot_input', 'standard_declaration', 'declared_standard']) {
      this.addSql(
        `create trigger ${table}_append_only before update or delete on "${table}" for each row execute function refuse_change();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of [
      'declared_standard',
      'custody_event',
      'lot_input',
      'lot',
      'certification',
      'standard_declaration',
      'product',
      'api_key',
      'commitment',
      'idempotency_record',
      'location',
      'organization',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql('drop function if exists refuse_change();');
  }
}

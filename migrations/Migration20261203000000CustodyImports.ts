import { Migration } from '@mikro-orm/migrations';

/**
 * Spreadsheet imports of custody events (receipts, sales, shipments from a till or an ERP): checked whole, kept
 * with their events, then recorded all or nothing. One import per organization and idempotency key (the file's
 * hash), so that a file uploaded twice is recorded once.
 */
export class Migration20261203000000CustodyImports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "custody_import" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "idempotency_key" varchar(100) not null,
      "file_name" text not null,
      "status" text check ("status" in ('VALIDATED', 'RUNNING', 'RECORDED', 'FAILED')) not null default 'VALIDATED',
      "events" jsonb not null,
      "row_count" int not null,
      "recorded_count" int not null default 0,
      "failure" jsonb null,
      "created_at" timestamptz not null,
      "finished_at" timestamptz null,
      constraint "custody_import_pkey" primary key ("id"));`);
    this.addSql(`create index "custody_import_organization_id_index" on "custody_import" ("organization_id");`);
    this.addSql(`alter table "custody_import" add constraint "custody_import_organization_id_idempotency_key_unique"
      unique ("organization_id", "idempotency_key");`);
    this.addSql(`alter table "custody_import" add constraint "custody_import_organization_id_foreign"
      foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "custody_import" cascade;');
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Trust: the tamper-evident ledger (hash chains per organization, append-only) and API key rotation with a grace period. */
export class Migration20261127030000Trust extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "ledger_entry" ("organization_id" uuid not null, "seq" bigint not null, "record_type" text check ("record_type" in ('LOT', 'TRANSFORMATION', 'CUSTODY_EVENT', 'DECLARATION', 'COMMITMENT', 'COMMITMENT_REVOCATION', 'RECALL_TRANSITION')) not null, "record_id" uuid not null, "content_hash" varchar(64) not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, "recorded_at" timestamptz not null, constraint "ledger_entry_pkey" primary key ("organization_id", "seq"));`,
    );
    this.addSql(`create index "ledger_entry_recorded_at_index" on "ledger_entry" ("recorded_at");`);
    this.addSql(
      `create index "ledger_entry_record_type_record_id_index" on "ledger_entry" ("record_type", "record_id");`,
    );
    this.addSql(
      `alter table "ledger_entry" add constraint "ledger_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    // Entries are never changed or removed, row by row or wholesale.
    this.addSql(
      `create trigger ledger_entry_append_only before update or delete on "ledger_entry" for each row execute function refuse_change();`,
    );
    this.addSql(
      `create trigger ledger_entry_no_truncate before truncate on "ledger_entry" for each statement execute function refuse_change();`,
    );
    this.addSql(`alter table "api_key" add column "expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_key" drop column if exists "expires_at";`);
    this.addSql(`drop table if exists "ledger_entry" cascade;`);
  }
}

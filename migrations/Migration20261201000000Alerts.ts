import { Migration } from '@mikro-orm/migrations';

/**
 * Recall alerts: the outbox of alerts to registered purchasers (one per recall and registration), the
 * attempts to send them, and the language each registrant reads them in.
 */
export class Migration20261201000000Alerts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "purchase_registration" add column "language" text check ("language" in ('zh', 'en')) not null default 'zh';`,
    );
    this
      .addSql(`create table "recall_alert" ("id" uuid not null, "recall_id" uuid not null, "registration_id" uuid null, "lot_id" uuid not null,
      "channel" text check ("channel" in ('PHONE', 'EMAIL')) not null,
      "status" text check ("status" in ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'UNCERTAIN', 'CANCELLED')) not null default 'PENDING',
      "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "locked_by" text null, "locked_until" timestamptz null,
      "token" text null, "token_hash" text not null, "provider_ref" text null, "last_error" text null, "created_at" timestamptz not null,
      "sent_at" timestamptz null, "delivered_at" timestamptz null, "failed_at" timestamptz null, "confirmed_at" timestamptz null,
      "cancelled_at" timestamptz null, constraint "recall_alert_pkey" primary key ("id"));`);
    this.addSql(`create index "recall_alert_registration_id_index" on "recall_alert" ("registration_id");`);
    this.addSql(`alter table "recall_alert" add constraint "recall_alert_token_hash_unique" unique ("token_hash");`);
    // The workers' claim: due alerts of a status, oldest first.
    this.addSql(
      `create index "recall_alert_status_next_attempt_at_index" on "recall_alert" ("status", "next_attempt_at");`,
    );
    // One alert per recall and registration (and the recall's figures read by its leading column).
    this.addSql(
      `alter table "recall_alert" add constraint "recall_alert_recall_id_registration_id_unique" unique ("recall_id", "registration_id");`,
    );
    this
      .addSql(`create table "recall_alert_attempt" ("id" uuid not null, "alert_id" uuid not null, "attempt" int not null, "worker" text not null,
      "started_at" timestamptz not null, "finished_at" timestamptz null,
      "outcome" text check ("outcome" in ('STARTED', 'SENT', 'RETRY', 'FAILED', 'INTERRUPTED', 'CANCELLED')) not null default 'STARTED',
      "error_code" text null, constraint "recall_alert_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "recall_alert_attempt_alert_id_index" on "recall_alert_attempt" ("alert_id");`);
    this.addSql(
      `alter table "recall_alert" add constraint "recall_alert_recall_id_foreign" foreign key ("recall_id") references "recall" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "recall_alert" add constraint "recall_alert_registration_id_foreign" foreign key ("registration_id") references "purchase_registration" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "recall_alert" add constraint "recall_alert_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "recall_alert_attempt" add constraint "recall_alert_attempt_alert_id_foreign" foreign key ("alert_id") references "recall_alert" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recall_alert_attempt" cascade;`);
    this.addSql(`drop table if exists "recall_alert" cascade;`);
    this.addSql(`alter table "purchase_registration" drop column "language";`);
  }
}

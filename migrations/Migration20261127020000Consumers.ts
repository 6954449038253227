import { Migration } from '@mikro-orm/migrations';

/** Consumers: purchase registrations for recall alerts, complaints with answers, and the regulators' personal-data access log. */
export class Migration20261127020000Consumers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "personal_data_access" ("id" uuid not null, "organization_id" uuid not null, "api_key_id" uuid not null, "subject" text not null, "records" int not null, "at" timestamptz not null, constraint "personal_data_access_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "personal_data_access_organization_id_index" on "personal_data_access" ("organization_id");`,
    );
    this.addSql(
      `create table "purchase_registration" ("id" uuid not null, "lot_id" uuid not null, "channel" text check ("channel" in ('PHONE', 'EMAIL')) not null, "contact" text not null, "consent_version" text not null, "deletion_code_hash" text not null, "created_at" timestamptz not null, constraint "purchase_registration_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "purchase_registration_lot_id_index" on "purchase_registration" ("lot_id");`);
    this.addSql(
      `alter table "purchase_registration" add constraint "purchase_registration_deletion_code_hash_unique" unique ("deletion_code_hash");`,
    );
    this.addSql(
      `create table "complaint" ("id" uuid not null, "tracking_code" varchar(16) not null, "lot_id" uuid not null, "responsible_id" uuid not null, "purchased_from_id" uuid null, "routing" text check ("routing" in ('SELLER_COMMITMENT', 'PRODUCER')) not null, "commitment_id" uuid null, "category" text check ("category" in ('SAFETY_HAZARD', 'QUALITY_DEFECT', 'LABEL_MISMATCH', 'SUSPECTED_COUNTERFEIT', 'OTHER')) not null, "description" text not null, "contact" text null, "status" text check ("status" in ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED')) not null default 'RECEIVED', "remedy" text check ("remedy" in ('REPAIR', 'REPLACE', 'REFUND')) null, "created_at" timestamptz not null, "response_due_at" timestamptz not null, "first_answered_at" timestamptz null, "closed_at" timestamptz null, constraint "complaint_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "complaint" add constraint "complaint_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(
      `create index "complaint_responsible_id_created_at_index" on "complaint" ("responsible_id", "created_at");`,
    );
    this.addSql(
      `create table "complaint_answer" ("id" uuid not null, "complaint_id" uuid not null, "organization_id" uuid not null, "status" text check ("status" in ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED')) not null, "message" text not null, "at" timestamptz not null, constraint "complaint_answer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "complaint_answer_complaint_id_index" on "complaint_answer" ("complaint_id");`);
    this.addSql(
      `alter table "personal_data_access" add constraint "personal_data_access_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "purchase_registration" add constraint "purchase_registration_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_lot_id_foreign" foreign key ("lot_id") references "lot" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_responsible_id_foreign" foreign key ("responsible_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_purchased_from_id_foreign" foreign key ("purchased_from_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint" add constraint "complaint_commitment_id_foreign" foreign key ("commitment_id") references "commitment" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_answer" add constraint "complaint_answer_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "complaint_answer" add constraint "complaint_answer_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete restrict;`,
    );
    // Answers and the access log are records: never changed once written.
    for (const table of ['complaint_answer', 'personal_data_access']) {
      this.addSql(
        `create trigger ${table}_append_only before update or delete on "${table}" for each row execute function refuse_change();`,
      );
    }
    // Whether a lot is in an active recall, asked by every scan page.
    this.addSql(`create index "recall_scope_lot_lot_id_index" on "recall_scope_lot" ("lot_id");`);
    // A lot's complaints, for its producer and regulators.
    this.addSql(`create index "complaint_lot_id_index" on "complaint" ("lot_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "recall_scope_lot_lot_id_index";`);
    for (const table of ['complaint_answer', 'complaint', 'purchase_registration', 'personal_data_access']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}

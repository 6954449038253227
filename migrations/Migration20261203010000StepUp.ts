import { Migration } from '@mikro-orm/migrations';

/**
 * Reading consumers' contacts in the console needs a recent passkey check: the session keeps when its
 * person last passed one. The personal data access log keeps the reason typed in for each read (older
 * reads, and reads by API keys without one, have none).
 */
export class Migration20261203010000StepUp extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "person_session" add column "stepped_up_at" timestamptz null;`);
    this.addSql(`alter table "personal_data_access" add column "reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personal_data_access" drop column "reason";`);
    this.addSql(`alter table "person_session" drop column "stepped_up_at";`);
  }
}

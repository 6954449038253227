import { Migration } from '@mikro-orm/migrations';
import { checkReferencesFunction } from './Migration20261127040000Holdings';

/**
 * Phone numbers of organizations and their sites: a regulator's list of who holds recalled stock says
 * whom to call. Shipments to an organization by time, for its incoming shipments. The custody events'
 * reference check says "an organization", not "a organization".
 */
export class Migration20261201010000HoldersAndShipments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "phone" text null;`);
    this.addSql(`alter table "location" add column "phone" text null;`);
    this.addSql(`create index "custody_event_incoming_index" on "custody_event" ("counterparty_id", "occurred_at", "id")
      where "type" = 'SHIPPED';`);
    this.addSql(checkReferencesFunction((table) => `${/^[aeiou]/.test(table) ? 'an' : 'a'} ${table}`));
  }

  override async down(): Promise<void> {
    this.addSql(checkReferencesFunction((table) => `a ${table}`));
    this.addSql(`drop index if exists "custody_event_incoming_index";`);
    this.addSql(`alter table "location" drop column "phone";`);
    this.addSql(`alter table "organization" drop column "phone";`);
  }
}

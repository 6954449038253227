import { Migration } from '@mikro-orm/migrations';
import { checkReferencesFunction } from './Migration20261127040000Holdings';

/**
 * Phone numbers of organizations and their sites: a regulator's list of who holds recalled stock says
 * whom to call. The custody events' reference check says "an organization", not "a organization".
 */
export class Migration20261201010000HolderPhones extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "phone" text null;`);
    this.addSql(`alter table "location" add column "phone" text null;`);
    this.addSql(checkReferencesFunction((table) => `${/^[aeiou]/.test(table) ? 'an' : 'a'} ${table}`));
  }

  override async down(): Promise<void> {
    this.addSql(checkReferencesFunction((table) => `a ${table}`));
    this.addSql(`alter table "location" drop column "phone";`);
    this.addSql(`alter table "organization" drop column "phone";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Optional English versions of what consumers read on the English scan page: a declared standard's
 * title, a seller's commitment, a product's suitability note (an indicator's English name lives in the
 * indicators' JSON). Rows written before have none; the ledger covers the columns only when set.
 */
export class Migration20261201000000EnglishTexts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "declared_standard" add column "title_en" text null;`);
    this.addSql(`alter table "commitment" add column "statement_en" text null;`);
    this.addSql(`alter table "product" add column "suitability_note_en" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product" drop column "suitability_note_en";`);
    this.addSql(`alter table "commitment" drop column "statement_en";`);
    this.addSql(`alter table "declared_standard" drop column "title_en";`);
  }
}

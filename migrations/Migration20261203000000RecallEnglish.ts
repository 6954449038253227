import { Migration } from '@mikro-orm/migrations';

/**
 * The English version of a recall's notice (hazard, what consumers should do, the notice), shown on the
 * English public notice page and scan banner. Optional, like the other English texts: recalls drafted
 * before have none, and the ledger covers the columns only when set.
 */
export class Migration20261203000000RecallEnglish extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "recall" add column "hazard_en" text null, add column "consumer_instructions_en" text null,
      add column "notice_text_en" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "recall" drop column "hazard_en", drop column "consumer_instructions_en",
      drop column "notice_text_en";`);
  }
}

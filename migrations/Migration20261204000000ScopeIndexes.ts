import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes that the recall scope reads instead of tables, each step an index-only scan:
 * - the downstream walk: from a lot to the lots it went into, up to the "as of" time
 *   (`lot_input (input_id, occurred_at) include (output_id)`, which also serves every lookup by input);
 * - each affected lot's unit and product, read once per lot (`lot (id) include (unit, product_id)`,
 *   in place of the index of its unit alone).
 */
export class Migration20261204000000ScopeIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "lot_input_input_id_occurred_at_index" on "lot_input" ("input_id", "occurred_at") include ("output_id");`,
    );
    this.addSql(`drop index if exists "lot_input_input_id_index";`);
    this.addSql(`create index "lot_id_unit_product_index" on "lot" ("id") include ("unit", "product_id");`);
    this.addSql(`drop index if exists "lot_id_unit_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "lot_id_unit_index" on "lot" ("id") include ("unit");`);
    this.addSql(`drop index if exists "lot_id_unit_product_index";`);
    this.addSql(`create index "lot_input_input_id_index" on "lot_input" ("input_id");`);
    this.addSql(`drop index if exists "lot_input_input_id_occurred_at_index";`);
  }
}

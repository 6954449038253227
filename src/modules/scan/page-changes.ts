import type { Context } from '../../app/context';
import { uuidArray } from '../../common/sql';
import { downstreamCte } from '../trace/trace.service';

/**
 * What each write tells the scan page cache, after its transaction committed (see page-cache.ts for
 * which writes call which).
 */
export const pagesChanged = {
  /**
   * Custody events: the pages of those lots' products. New lots and new inputs (`withInputs`): also
   * the pages of the input lots, whose holders' stock went down, and of every lot made from these at
   * any depth, whose pages list their upstream lots (one walk by lots, see `downstreamCte`).
   */
  async lots(ctx: Context, lotIds: string[], withInputs = false): Promise<void> {
    if (lotIds.length === 0) return;
    const ids = uuidArray([...new Set(lotIds)]);
    const rows = await ctx.em.execute<{ gtin: string }[]>(
      withInputs
        ? `with recursive ${downstreamCte('?::uuid[]')}
           select p.gtin from down join lot l on l.id = down.id join product p on p.id = l.product_id
           union
           select p.gtin from lot_input li join lot l on l.id = li.input_id join product p on p.id = l.product_id
            where li.output_id = any(?::uuid[])`
        : 'select p.gtin from lot l join product p on p.id = l.product_id where l.id = any(?::uuid[])',
      withInputs ? [ids, ids] : [ids],
    );
    await ctx.pages.changed({ gtins: rows.map((r) => r.gtin) });
  },
  /** Declarations and certificates: the pages of one product. */
  async product(ctx: Context, gtin: string): Promise<void> {
    await ctx.pages.changed({ gtins: [gtin] });
  },
  /** Recall status changes and commitments: every page. */
  async all(ctx: Context): Promise<void> {
    await ctx.pages.changed('all');
  },
};

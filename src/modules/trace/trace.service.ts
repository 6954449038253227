import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { readQuery } from '../../db/read-query';
import { jsonRow } from '../../common/loaders';

/** An input edge of a root lot's tree, with the input lot's row (`to_jsonb`), so that the lots need no second round trip. */
export interface LineageRow {
  rootId: string; lotId: string; parentId: string; depth: number; quantity: number;
  lotRow: Record<string, unknown>; productRow: Record<string, unknown>; producerRow: Record<string, unknown>;
}

/** Deepest lineage walked; real chains are a handful of levels, this only bounds a pathological one. */
export const MAX_DEPTH = 64;

/**
 * The upstream tree of the lots `roots` (an SQL expression of a uuid array) as rows: every input edge
 * with its depth (1 = direct input), the lot it went into, and the input lot's, product's and producer's
 * rows. A lot reached by two paths appears once per path, as in a tree; the path guard stops at cycles,
 * which writes refuse anyway. Shared by `upstreamOf` and the lot lookup, which folds it into its statement.
 */
export function upstreamRowsSql(roots: string): string {
  return `with recursive up(root, lot_id, parent_id, depth, quantity, path) as (
       select li.output_id, li.input_id, li.output_id, 1, li.quantity, array[li.output_id, li.input_id]
         from lot_input li where li.output_id = any(${roots})
       union all
       select up.root, li.input_id, li.output_id, up.depth + 1, li.quantity, up.path || li.input_id
         from lot_input li join up on li.output_id = up.lot_id
        where up.depth < ${MAX_DEPTH} and not li.input_id = any(up.path)
     )
     select up.root, up.lot_id, up.parent_id, up.depth, up.quantity, to_jsonb(l.*) as lot, to_jsonb(p.*) as product, to_jsonb(o.*) as producer
       from up join lot l on l.id = up.lot_id join product p on p.id = l.product_id join organization o on o.id = l.owner_id
      order by up.root, up.depth, up.parent_id, up.lot_id`;
}

type UpstreamRow = { root: string; lot_id: string; parent_id: string; depth: number | string; quantity: number | string; lot: unknown; product: unknown; producer: unknown };

export function lineageRowOf(r: UpstreamRow): LineageRow {
  return {
    rootId: r.root, lotId: r.lot_id, parentId: r.parent_id, depth: Number(r.depth), quantity: Number(r.quantity),
    lotRow: jsonRow(r.lot), productRow: jsonRow(r.product), producerRow: jsonRow(r.producer),
  };
}

/** The whole upstream tree of each root lot in one statement (see `upstreamRowsSql`). */
export async function upstreamOf(em: EntityManager, rootIds: readonly string[]): Promise<LineageRow[]> {
  const rows = await readQuery<UpstreamRow>(em, upstreamRowsSql('?::uuid[]'), [uuidArray(rootIds)]);
  return rows.map(lineageRowOf);
}

/** Lots each lot went into directly. */
export async function outputsOf(em: EntityManager, lotIds: readonly string[]): Promise<{ inputId: string; outputId: string }[]> {
  const rows = await em.execute<{ input_id: string; output_id: string }[]>(
    `select input_id, output_id from lot_input where input_id = any(?::uuid[]) order by recorded_at, output_id`,
    [uuidArray(lotIds)],
  );
  return rows.map((r) => ({ inputId: r.input_id, outputId: r.output_id }));
}

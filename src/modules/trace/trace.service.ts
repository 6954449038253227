import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../common/sql';
import { readQuery } from '../../db/read-query';
import { jsonRow } from '../../common/loaders';

/** An upstream lot of a traced lot, once, at its least depth, with its lot's, product's and producer's rows. */
export interface LineageNodeRow {
  lotId: string;
  depth: number;
  lotRow: Record<string, unknown>;
  productRow: Record<string, unknown>;
  producerRow: Record<string, unknown>;
}

/** An input edge of the graph: `quantity` of `inputId` (in its unit) went into `outputId`. */
export interface LineageEdgeRow { inputId: string; outputId: string; quantity: number }

/** The upstream graph of one root lot: each upstream lot once, and every input edge among them and the root. */
export interface Lineage { rootId: string; nodes: LineageNodeRow[]; edges: LineageEdgeRow[] }

/** Deepest lineage walked; real chains are a handful of levels, this only bounds a pathological one. */
export const MAX_DEPTH = 64;

/**
 * The upstream graph of the lots `roots` (an SQL expression of a uuid array), one row per root with its
 * `nodes` and `edges` as JSON arrays. Shared by `lineageOf` and the lot lookup, which folds it into its
 * statement.
 *
 * The walk is bounded by lots and edges, never by paths: `union` (not `union all`) keeps one row per
 * (root, lot, depth), so a lot reached by many paths (stacked diamonds, one resin lot in every component)
 * is walked once per distinct depth, at most MAX_DEPTH times; `node` keeps its least depth. Edges are
 * read from the outputs (the root and its nodes) through lot_input's (output_id, input_id) key, so a
 * material lot that went into thousands of other lots costs nothing here. Each node brings its lot's,
 * product's and producer's rows, so that the lots need no second round trip. A lot reached back from
 * itself (writes refuse cycles) is not its own node.
 */
export function lineageSql(roots: string): string {
  return `with recursive roots(id) as (select distinct unnest(${roots})),
     walk(root, lot_id, depth) as (
       select li.output_id, li.input_id, 1 from lot_input li where li.output_id in (select id from roots)
       union
       select w.root, li.input_id, w.depth + 1 from walk w join lot_input li on li.output_id = w.lot_id
        where w.depth < ${MAX_DEPTH}
     ),
     node as (select root, lot_id, min(depth) as depth from walk where lot_id <> root group by root, lot_id),
     ranked as (
       select n.root, n.lot_id, n.depth,
              row_number() over (partition by n.root order by n.depth, l.lot_number, l.id) as pos,
              to_jsonb(l.*) as lot, to_jsonb(p.*) as product, to_jsonb(o.*) as producer
         from node n
         join lot l on l.id = n.lot_id join product p on p.id = l.product_id join organization o on o.id = l.owner_id
     ),
     edge as (
       select o.root, li.input_id, li.output_id, li.quantity, o.pos as out_pos, i.pos as in_pos
         from (select root, lot_id, pos from ranked union all select id, id, 0 from roots) o
         join lot_input li on li.output_id = o.lot_id
         join ranked i on i.root = o.root and i.lot_id = li.input_id
     )
     select r.id as root,
            (select coalesce(jsonb_agg(jsonb_build_object('lotId', n.lot_id, 'depth', n.depth, 'lot', n.lot,
                                                          'product', n.product, 'producer', n.producer)
                                       order by n.pos), '[]')
               from ranked n where n.root = r.id) as nodes,
            (select coalesce(jsonb_agg(jsonb_build_object('inputId', e.input_id, 'outputId', e.output_id,
                                                          'quantity', e.quantity)
                                       order by e.out_pos, e.in_pos), '[]')
               from edge e where e.root = r.id) as edges
       from roots r`;
}

export type LineageSqlRow = { root: string; nodes: unknown; edges: unknown };

type NodeJson = { lotId: string; depth: number; lot: unknown; product: unknown; producer: unknown };
type EdgeJson = { inputId: string; outputId: string; quantity: number | string };

export function lineageFromRow(r: LineageSqlRow): Lineage {
  const nodes = jsonRow(r.nodes) as unknown as NodeJson[];
  const edges = jsonRow(r.edges) as unknown as EdgeJson[];
  return {
    rootId: r.root,
    nodes: nodes.map((n) => ({
      lotId: n.lotId, depth: Number(n.depth),
      lotRow: jsonRow(n.lot), productRow: jsonRow(n.product), producerRow: jsonRow(n.producer),
    })),
    edges: edges.map((e) => ({ inputId: e.inputId, outputId: e.outputId, quantity: Number(e.quantity) })),
  };
}

/** The upstream graph of each root lot, in one statement (see `lineageSql`); in the order of `rootIds`. */
export async function lineageOf(em: EntityManager, rootIds: readonly string[]): Promise<Lineage[]> {
  const rows = await readQuery<LineageSqlRow>(em, lineageSql('?::uuid[]'), [uuidArray(rootIds)]);
  const byRoot = new Map(rows.map((r) => [r.root, lineageFromRow(r)]));
  return rootIds.map((id) => byRoot.get(id) ?? { rootId: id, nodes: [], edges: [] });
}

/** Lots each lot went into directly. */
export async function outputsOf(
  em: EntityManager, lotIds: readonly string[],
): Promise<{ inputId: string; outputId: string }[]> {
  const rows = await em.execute<{ input_id: string; output_id: string }[]>(
    `select input_id, output_id from lot_input where input_id = any(?::uuid[]) order by recorded_at, output_id`,
    [uuidArray(lotIds)],
  );
  return rows.map((r) => ({ inputId: r.input_id, outputId: r.output_id }));
}

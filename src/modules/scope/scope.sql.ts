import { uuidArray } from '../../common/sql';
import { STOCK_DELTA } from '../custody/stock.sql';
import { PARTY_OF_ROLES_SQL, ScopeRootKind } from '../recall/recall.enums';

/**
 * The recall scope as SQL. A scope source yields these CTEs, computed live from a root "as of" a time,
 * or read from a recall's frozen snapshot; the report (totals, rollups, pages) is the same SQL over either:
 * - `reach(lot_id, depth)`: the affected lots, each at its least depth;
 * - `scope(lot_id, depth, unit, product_id)`: the same with each lot's unit and product, so that nothing after
 *   it looks a lot up again;
 * - `flows(lot_id, organization_id, location_id, unit, on_hand, shipped, sold, returned)`: one row per holder
 *   and lot, without its party;
 * - `holder_groups(unit, location_id, organization_id, holders, holders_with_stock, on_hand, shipped, sold,
 *   returned, party, region_code)`: the flows summed per holder location (far fewer than the rows), each with
 *   its party and its location's region: the rollups, counts and filters read these;
 * - `holders(lot_id, organization_id, location_id, unit, party, on_hand, shipped, sold, returned)`: one row
 *   per holder and lot with its party, for the statements that copy or list them all.
 * A CTE that a statement does not name is never computed.
 */

export type ScopeRoot =
  | { kind: ScopeRootKind.LOTS; lotIds: string[] }
  | { kind: ScopeRootKind.PRODUCT_RANGE; productId: string; from: string; to: string }
  | { kind: ScopeRootKind.DECLARATION; declarationId: string; indicatorKey: string | null }
  | { kind: ScopeRootKind.PRODUCER; producerId: string };

export type ScopeSource = { live: ScopeRoot; asOf: Date } | { recallId: string };

export interface Sql {
  text: string;
  params: unknown[];
}

/** Deepest transformation chain followed; real ones have a handful of tiers. */
const MAX_DEPTH = 64;

function rootSql(root: ScopeRoot): Sql {
  switch (root.kind) {
    case ScopeRootKind.LOTS:
      return { text: 'select unnest(?::uuid[]) as id', params: [uuidArray(root.lotIds)] };
    case ScopeRootKind.PRODUCT_RANGE:
      return {
        text: 'select id from lot where product_id = ? and produced_on between ?::date and ?::date',
        params: [root.productId, root.from, root.to],
      };
    case ScopeRootKind.DECLARATION:
      return { text: 'select id from lot where declaration_id = ?', params: [root.declarationId] };
    case ScopeRootKind.PRODUCER:
      return { text: 'select id from lot where owner_id = ?', params: [root.producerId] };
  }
}

/** Sums of holder rows `h` per holder location (unit, location, organization): the groups every rollup adds up. */
const GROUP_SUMS = `count(*) as holders, count(*) filter (where h.on_hand > 0) as holders_with_stock,
               coalesce(sum(h.on_hand) filter (where h.on_hand > 0), 0) as on_hand,
               coalesce(sum(h.shipped), 0) as shipped, coalesce(sum(h.sold), 0) as sold, coalesce(sum(h.returned), 0) as returned`;

/** A group `g`'s location's GB/T 2260 region code. */
const REGION_OF_GROUP = '(select loc.region_code from location loc where loc.id = g.location_id) as region_code';

/**
 * Downstream closure: `union` (not `union all`) keeps one row per (lot, depth), so a lot reached by
 * many paths is walked once per depth, never once per path; `scope` keeps its least depth, and reads
 * each lot's unit and product once (an index-only scan of `lot_id_unit_product_index`). Each step is an
 * index-only scan of `lot_input_input_id_occurred_at_index`.
 *
 * Stock and flows come from the holdings (one row per holder, see `holding.sql.ts`) when no event at
 * any of them is dated after `asOf`, which is the case for "now" and for any later time; otherwise
 * they are summed from the events up to `asOf`. The branch not taken is never executed. The holdings
 * of the scope are read once (`held`, materialized); `flows` is inlined into each reader, so that the
 * holder rows are not copied again, and `holder_groups` sums each branch on its own (one of them is empty).
 */
export function liveScopeCtes(root: ScopeRoot, asOf: Date): Sql {
  const r = rootSql(root);
  return {
    text: `roots as (${r.text}),
      walk(lot_id, depth) as (
        select id, 0 from roots
        union
        select li.output_id, w.depth + 1 from walk w join lot_input li on li.input_id = w.lot_id
         where li.occurred_at <= ?::timestamptz and w.depth < ${MAX_DEPTH}
      ),
      reach as (select lot_id, min(depth) as depth from walk group by lot_id),
      scope as (select r.lot_id, r.depth, l.unit, l.product_id from reach r join lot l on l.id = r.lot_id),
      held as materialized (
        select h.lot_id, h.organization_id, h.location_id, s.unit, h.on_hand, h.shipped, h.sold, h.returned, h.live_events, h.last_event_at
          from scope s join lot_holding h on h.lot_id = s.lot_id
      ),
      settled as (select coalesce(max(last_event_at) <= ?::timestamptz, true) as ok from held),
      -- Corrected events are few: one hash anti-join instead of a probe per event.
      corrected as (select corrects_id as id from custody_event where corrects_id is not null and occurred_at <= ?::timestamptz),
      summed as materialized (
        select e.lot_id, e.organization_id, e.location_id, min(s.unit) as unit,
               sum(${STOCK_DELTA}) as on_hand,
               coalesce(sum(e.quantity) filter (where e.type = 'SHIPPED'), 0) as shipped,
               coalesce(sum(e.quantity) filter (where e.type = 'SOLD'), 0) as sold,
               coalesce(sum(e.quantity) filter (where e.type = 'RETURNED'), 0) as returned
          from scope s
          join custody_event e on e.lot_id = s.lot_id
         where not (select ok from settled) and e.occurred_at <= ?::timestamptz and not exists (select 1 from corrected c where c.id = e.id)
         group by 1, 2, 3
      ),
      flows as not materialized (
        select lot_id, organization_id, location_id, unit, on_hand, shipped, sold, returned
          from held where live_events > 0 and (select ok from settled)
        union all
        select lot_id, organization_id, location_id, unit, on_hand, shipped, sold, returned from summed
      ),
      -- Each holder location's party and region, looked up once per group by index: a hash of the whole
      -- organization or location table costs more than these lookups for all but the largest scopes.
      holder_groups as materialized (
        select g.*, (select ${PARTY_OF_ROLES_SQL} from organization o where o.id = g.organization_id) as party, ${REGION_OF_GROUP}
          from (select h.unit, h.location_id, h.organization_id, ${GROUP_SUMS}
                  from held h where h.live_events > 0 and (select ok from settled) group by 1, 2, 3
                union all
                select h.unit, h.location_id, h.organization_id, ${GROUP_SUMS} from summed h group by 1, 2, 3) g
      ),
      parties as materialized (select x.id, (select ${PARTY_OF_ROLES_SQL} from organization o where o.id = x.id) as party
                    from (select distinct organization_id as id from flows) x),
      holders as (
        select f.lot_id, f.organization_id, f.location_id, f.unit, p.party, f.on_hand, f.shipped, f.sold, f.returned
          from flows f join parties p on p.id = f.organization_id
      )`,
    params: [...r.params, asOf, asOf, asOf, asOf],
  };
}

export function frozenScopeCtes(recallId: string): Sql {
  return {
    text: `reach as (select lot_id, depth from recall_scope_lot where recall_id = ?),
      scope as (select r.lot_id, r.depth, l.unit, l.product_id from reach r join lot l on l.id = r.lot_id),
      holders as (select h.lot_id, h.organization_id, h.location_id, s.unit, h.party, h.on_hand, h.shipped, h.sold, h.returned
                    from recall_scope_holder h join scope s on s.lot_id = h.lot_id where h.recall_id = ?),
      flows as (select lot_id, organization_id, location_id, unit, on_hand, shipped, sold, returned from holders),
      holder_groups as materialized (
        select g.*, ${REGION_OF_GROUP}
          from (select h.unit, h.location_id, h.organization_id, ${GROUP_SUMS}, min(h.party) as party from holders h group by 1, 2, 3) g
      )`,
    params: [recallId, recallId],
  };
}

export function scopeCtes(source: ScopeSource): Sql {
  return 'recallId' in source ? frozenScopeCtes(source.recallId) : liveScopeCtes(source.live, source.asOf);
}

export interface PageSpec {
  limit: number;
  offset: number;
}
/** Narrows the lots page: one product, one depth. */
export interface LotFilter {
  productId?: string | null;
  depth?: number | null;
}
/** Narrows the holders page: one city (4-digit GB/T 2260 prefix), one kind of party, one product. */
export interface HolderFilter {
  city?: string | null;
  party?: string | null;
  productId?: string | null;
}
export interface ReportSpec {
  lots: (PageSpec & LotFilter) | null;
  holders: (PageSpec & { withStockOnly: boolean } & HolderFilter) | null;
  /** Whether to count the affected lots by product, depth and unit (the scope explorer's table). */
  byProduct?: boolean;
}

/**
 * The holder filter as SQL conditions on a flows row `h`. City and party belong to a holder location, so
 * they are read from its group (`placed`: looked up once per location, not per row); the product from `scope`.
 */
export function holderFilterSql(f: HolderFilter): Sql {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.city || f.party) {
    const g: string[] = [];
    if (f.city) {
      g.push('g.city = ?');
      params.push(f.city);
    }
    if (f.party) {
      g.push('g.party = ?');
      params.push(f.party);
    }
    conds.push(
      `(h.unit, h.location_id, h.organization_id) in (select g.unit, g.location_id, g.organization_id from placed g where ${g.join(' and ')})`,
    );
  }
  if (f.productId) {
    conds.push('h.lot_id in (select s.lot_id from scope s where s.product_id = ?)');
    params.push(f.productId);
  }
  return { text: conds.join(' and '), params };
}

const HOLDER_ORDER = 'h.on_hand desc, h.lot_id, h.organization_id, h.location_id';

/**
 * One statement: totals per unit, rollups by region and party, and the requested pages, as JSON. Parameters
 * are pushed in the order their fragments appear in the final select.
 *
 * The holder rows (one per holder and lot: 119,000 for the benchmark's hub lot) are read twice at most:
 * once summed into `holder_groups` (one row per holder location, about 10,000 there), which every total,
 * rollup and count adds up, and once for a page (a top-N sort). Parties and regions are looked up per
 * group, never per row; a filter by city or party selects groups, and a filter by product scope lots.
 */
export function reportSql(source: ScopeSource, spec: ReportSpec): Sql {
  const ctes = scopeCtes(source);
  const params: unknown[] = [...ctes.params];
  let lotsPage = `null::json`;
  let lotsCount = `null::bigint`;
  if (spec.lots) {
    // A filtered page reads only the lots of its product or depth; its count is of those.
    const conds: string[] = [];
    const lotParams: unknown[] = [];
    if (spec.lots.productId) {
      conds.push('s.product_id = ?');
      lotParams.push(spec.lots.productId);
    }
    if (spec.lots.depth != null) {
      conds.push('s.depth = ?');
      lotParams.push(spec.lots.depth);
    }
    const where = conds.length ? `where ${conds.join(' and ')}` : '';
    if (conds.length) {
      lotsCount = `(select count(*) from scope s ${where})`;
      params.push(...lotParams);
    }
    // Each page lot's row comes along, so that the page needs no second round trip.
    lotsPage = `(select coalesce(json_agg(json_build_object('lotId', p.lot_id, 'depth', p.depth, 'lotRow', to_jsonb(l.*)) order by p.depth, p.lot_id), '[]')
                   from (select lot_id, depth from scope s ${where} order by depth, lot_id limit ? offset ?) p join lot l on l.id = p.lot_id)`;
    params.push(...lotParams, spec.lots.limit, spec.lots.offset);
  }
  let holdersPage = `null::json`;
  let holdersCount = `null::bigint`;
  if (spec.holders) {
    const stock = spec.holders.withStockOnly ? 'holders_with_stock' : 'holders';
    const { city, party, productId } = spec.holders;
    if (productId) {
      // By product, the holder rows are counted one by one.
      const filter = holderFilterSql(spec.holders);
      const conds = [...(spec.holders.withStockOnly ? ['h.on_hand > 0'] : []), filter.text];
      holdersCount = `(select count(*) from flows h where ${conds.join(' and ')})`;
      params.push(...filter.params);
    } else {
      // Otherwise the groups already hold the count.
      const conds = [...(city ? ['city = ?'] : []), ...(party ? ['party = ?'] : [])];
      holdersCount = `(select coalesce(sum(${stock}), 0) from placed ${conds.length ? `where ${conds.join(' and ')}` : ''})`;
      params.push(...(city ? [city] : []), ...(party ? [party] : []));
    }
    const filter = holderFilterSql(spec.holders);
    const conds = [...(spec.holders.withStockOnly ? ['h.on_hand > 0'] : []), ...(filter.text ? [filter.text] : [])];
    const where = conds.length ? `where ${conds.join(' and ')}` : '';
    // The page is cut from the rows first; then each page holder's party (from its group), and its lot,
    // organization and location rows come along, as for the lots.
    holdersPage = `(select coalesce(json_agg(json_build_object('lotId', p.lot_id, 'organizationId', p.organization_id, 'locationId', p.location_id,
                             'party', g.party, 'onHand', p.on_hand, 'shipped', p.shipped, 'sold', p.sold, 'returned', p.returned,
                             'lotRow', to_jsonb(l.*), 'organizationRow', to_jsonb(o.*), 'locationRow', to_jsonb(loc.*)) order by p.ord), '[]')
                      from (select h.*, row_number() over (order by ${HOLDER_ORDER}) as ord
                              from (select * from flows h ${where} order by ${HOLDER_ORDER} limit ? offset ?) h) p
                      join holder_groups g on g.unit = p.unit and g.location_id = p.location_id and g.organization_id = p.organization_id
                      join lot l on l.id = p.lot_id join organization o on o.id = p.organization_id join location loc on loc.id = p.location_id)`;
    params.push(...filter.params, spec.holders.limit, spec.holders.offset);
  }
  let byProduct = `null::json`;
  if (spec.byProduct) {
    // Lots by product, depth and unit: one pass over the scope, which carries each lot's product.
    byProduct = `(select coalesce(json_agg(json_build_object('productId', product_id, 'depth', depth, 'unit', unit, 'lots', lots)
                      order by depth, lots desc, product_id), '[]')
                    from (select s.product_id, s.depth, s.unit, count(*) as lots from scope s group by 1, 2, 3) g)`;
  }
  // Purchasers registered for affected lots: up to the "as of" time for a live scope, all for a recall's.
  let purchasers = `(select count(*) from purchase_registration pr join scope s on s.lot_id = pr.lot_id)`;
  if (!('recallId' in source)) {
    purchasers = `(select count(*) from purchase_registration pr join scope s on s.lot_id = pr.lot_id where pr.created_at <= ?::timestamptz)`;
    params.push(source.asOf);
  }
  return {
    text: `with recursive ${ctes.text},
      per_unit as (select unit, count(*) as lots from scope group by unit),
      placed as (select g.*, substr(g.region_code, 1, 2) as province, substr(g.region_code, 1, 4) as city from holder_groups g),
      unit_flows as (
        select unit, sum(holders_with_stock) as holders_with_stock, sum(on_hand) as on_hand, sum(shipped) as shipped, sum(sold) as sold, sum(returned) as returned
          from holder_groups group by unit
      ),
      by_region as (
        select unit, province, city, sum(holders_with_stock) as holders_with_stock, sum(on_hand) as on_hand, sum(sold) as sold
          from placed group by 1, 2, 3
      ),
      by_party as (
        select unit, party, sum(holders_with_stock) as holders_with_stock, sum(on_hand) as on_hand, sum(sold) as sold
          from holder_groups group by 1, 2
      )
      select (select count(*) from scope) as lot_count,
             (select count(*) from scope where depth = 0) as roots_found,
             (select coalesce(json_agg(json_build_object('unit', u.unit, 'lots', u.lots, 'holdersWithStock', coalesce(f.holders_with_stock, 0),
                       'onHand', coalesce(f.on_hand, 0), 'shipped', coalesce(f.shipped, 0), 'sold', coalesce(f.sold, 0), 'returned', coalesce(f.returned, 0))
                       order by u.unit), '[]')
                from per_unit u left join unit_flows f on f.unit = u.unit) as totals,
             (select coalesce(json_agg(json_build_object('unit', unit, 'province', province, 'city', city, 'holdersWithStock', holders_with_stock,
                       'onHand', on_hand, 'sold', sold) order by unit, city), '[]') from by_region) as by_region,
             (select coalesce(json_agg(json_build_object('unit', unit, 'party', party, 'holdersWithStock', holders_with_stock,
                       'onHand', on_hand, 'sold', sold) order by unit, party), '[]') from by_party) as by_party,
             ${lotsCount} as lots_count,
             ${lotsPage} as lots_page,
             ${byProduct} as by_product,
             ${holdersCount} as holders_count,
             ${holdersPage} as holders_page,
             ${purchasers} as registered_purchasers`,
    params,
  };
}

/**
 * One path back to the root for each of some scope lots: from each, step to an input lot that is in
 * the scope one level shallower, until depth 0. Returns root-first lot IDs.
 */
export function pathsSql(source: ScopeSource, lotIds: string[], asOf: Date | null): Sql {
  const ctes = scopeCtes(source);
  return {
    text: `with recursive ${ctes.text},
      up(start, lot_id, depth, step) as (
        select s.lot_id, s.lot_id, s.depth, 0 from reach s where s.lot_id = any(?::uuid[])
        union all
        select u.start, v.input_id, u.depth - 1, u.step + 1
          from up u
          cross join lateral (
            select li.input_id from lot_input li join reach p on p.lot_id = li.input_id and p.depth = u.depth - 1
             where li.output_id = u.lot_id ${asOf ? 'and li.occurred_at <= ?::timestamptz' : ''}
             order by li.input_id limit 1) v
         where u.depth > 0
      )
      select start, array_agg(lot_id order by step desc) as path from up group by start`,
    params: [...ctes.params, uuidArray(lotIds), ...(asOf ? [asOf] : [])],
  };
}

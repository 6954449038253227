import type { EntityManager } from '@mikro-orm/postgresql';
import { readEntitiesIn } from '../../common/loaders';
import { readQuery } from '../../db/read-query';
import { decodeIdOf } from '../../common/global-id';
import * as check from '../../common/validate';
import { userError, type UserErrorData } from '../../common/user-error';
import { StandardDeclaration, DeclaredStandard } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { ScopeRootKind } from '../recall/recall.enums';
import { reportSql, pathsSql, type ReportSpec, type ScopeRoot, type ScopeSource } from './scope.sql';
import type { ScopeRootInput } from './scope.types';
import { withArticle } from '../../common/english';

export const MAX_ROOT_LOTS = 100;

export interface ResolvedRoot {
  root: ScopeRoot;
  ownerIds: string[];
}

/**
 * A LOTS root decoded without reading the database, for a caller the access matrix allows whoever owns
 * the lots (a regulator): the report then tells whether every root lot exists. Null for other roots.
 */
export function lotsRootOf(input: ScopeRootInput): ScopeRoot | null {
  if (input.kind !== ScopeRootKind.LOTS || !input.lots?.length || input.lots.length > MAX_ROOT_LOTS) return null;
  const ids: string[] = [];
  for (const gid of input.lots) {
    const d = decodeIdOf('Lot', gid);
    if ('problem' in d) return null;
    ids.push(d.id);
  }
  return { kind: ScopeRootKind.LOTS, lotIds: [...new Set(ids)] };
}

/** Checks a scope root and finds whose products it concerns; problems name the field. */
export async function resolveRoot(
  em: EntityManager,
  input: ScopeRootInput,
  path: (string | number)[],
): Promise<ResolvedRoot | UserErrorData[]> {
  const errs: UserErrorData[] = [];
  const at = (f: string, i?: number) => [...path, f, ...(i === undefined ? [] : [i])];
  const idOf = (type: string, gid: string | null | undefined, field: (string | number)[]): string | null => {
    if (!gid) {
      errs.push(userError('ROOT_INCOMPLETE', `${field[field.length - 1]} is required for this kind of root.`, field));
      return null;
    }
    const d = decodeIdOf(type, gid);
    if ('problem' in d) {
      const message = d.problem === 'WRONG_ID_TYPE' ? `Expected the ID of ${withArticle(type)}.` : 'Not a valid ID.';
      errs.push(userError(d.problem, message, field));
      return null;
    }
    return d.id;
  };
  const notFound = (type: string, field: (string | number)[]) =>
    errs.push(userError('NOT_FOUND', `No ${type} has this ID.`, field));

  switch (input.kind) {
    case ScopeRootKind.LOTS: {
      const gids = input.lots ?? [];
      if (gids.length === 0 || gids.length > MAX_ROOT_LOTS) {
        errs.push(userError('ROOT_INCOMPLETE', `Name 1 to ${MAX_ROOT_LOTS} lots.`, at('lots')));
        return errs;
      }
      const ids = gids.map((g, i) => idOf('Lot', g, at('lots', i)));
      const lots = await readEntitiesIn(
        em,
        Lot,
        'id',
        ids.filter((x): x is string => !!x),
      );
      const byId = new Map(lots.map((l) => [l.id, l]));
      ids.forEach((id, i) => {
        if (id && !byId.has(id)) notFound('Lot', at('lots', i));
      });
      if (errs.length) return errs;
      return {
        root: { kind: ScopeRootKind.LOTS, lotIds: [...new Set(ids as string[])] },
        ownerIds: [...new Set(lots.map((l) => l.owner.id))],
      };
    }
    case ScopeRootKind.PRODUCT_RANGE: {
      const id = idOf('Product', input.product, at('product'));
      const from = input.producedFrom
        ? check.isoDate(errs, input.producedFrom, at('producedFrom'))
        : (errs.push(userError('ROOT_INCOMPLETE', 'producedFrom is required.', at('producedFrom'))), undefined);
      const to = input.producedTo
        ? check.isoDate(errs, input.producedTo, at('producedTo'))
        : (errs.push(userError('ROOT_INCOMPLETE', 'producedTo is required.', at('producedTo'))), undefined);
      if (from && to && to < from)
        errs.push(userError('INVALID_DATE', 'The range ends before it begins.', at('producedTo')));
      const product = id ? await em.findOne(Product, { id }) : null;
      if (id && !product) notFound('Product', at('product'));
      if (errs.length) return errs;
      return {
        root: { kind: ScopeRootKind.PRODUCT_RANGE, productId: id!, from: from!, to: to! },
        ownerIds: [product!.owner.id],
      };
    }
    case ScopeRootKind.DECLARATION: {
      const id = idOf('StandardDeclaration', input.declaration, at('declaration'));
      const decl = id ? await em.findOne(StandardDeclaration, { id }, { populate: ['product'] }) : null;
      if (id && !decl) notFound('StandardDeclaration', at('declaration'));
      if (decl && input.indicatorKey) {
        const standards = await em.find(DeclaredStandard, { declaration: decl });
        if (!standards.some((s) => s.indicators.some((i) => i.key === input.indicatorKey))) {
          errs.push(
            userError(
              'UNKNOWN_INDICATOR',
              `Declaration version ${decl.version} has no indicator ${input.indicatorKey}.`,
              at('indicatorKey'),
            ),
          );
        }
      }
      if (errs.length) return errs;
      return {
        root: { kind: ScopeRootKind.DECLARATION, declarationId: id!, indicatorKey: input.indicatorKey ?? null },
        ownerIds: [decl!.product.owner.id],
      };
    }
    case ScopeRootKind.PRODUCER: {
      const id = idOf('Organization', input.producer, at('producer'));
      if (id && !(await em.count(Organization, { id }))) notFound('Organization', at('producer'));
      if (errs.length) return errs;
      return { root: { kind: ScopeRootKind.PRODUCER, producerId: id! }, ownerIds: [id!] };
    }
  }
}

type Unit = import('../product/product.enums').QuantityUnit;
export interface ScopeReport {
  lotCount: number;
  /** Root lots found (depth 0): fewer than named means some do not exist. */
  rootsFound: number;
  registeredPurchasers: number;
  totals: {
    unit: Unit;
    lots: number;
    holdersWithStock: number;
    onHand: number;
    shipped: number;
    sold: number;
    returned: number;
  }[];
  byRegion: { unit: Unit; province: string; city: string; holdersWithStock: number; onHand: number; sold: number }[];
  byParty: { unit: Unit; party: string; holdersWithStock: number; onHand: number; sold: number }[];
  lotsPage: { lotId: string; depth: number; lotRow: Record<string, unknown> }[] | null;
  /** Lots matching the lots page's filter; null without a filter (then `lotCount`). */
  lotsFilteredCount: number | null;
  /** Lots by product, depth and unit, when asked for. */
  byProduct: { productId: string; depth: number; unit: Unit; lots: number }[] | null;
  holdersCount: number | null;
  holdersPage:
    | {
        lotId: string;
        organizationId: string;
        locationId: string;
        party: string;
        onHand: number;
        shipped: number;
        sold: number;
        returned: number;
        lotRow: Record<string, unknown>;
        organizationRow: Record<string, unknown>;
        locationRow: Record<string, unknown>;
      }[]
    | null;
  spec: ReportSpec;
}

const num = <T extends Record<string, unknown>>(rows: T[], keys: string[]): T[] =>
  rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, Number(r[k])])) }));

/** Runs the whole report in one statement. */
export async function runReport(em: EntityManager, source: ScopeSource, spec: ReportSpec): Promise<ScopeReport> {
  const sql = reportSql(source, spec);
  // A prepared statement: PostgreSQL plans this large statement once per connection, not per request.
  const [row] = await readQuery(em, sql.text, sql.params);
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, unknown>[];
  return {
    lotCount: Number(row.lot_count),
    rootsFound: Number(row.roots_found),
    registeredPurchasers: Number(row.registered_purchasers),
    totals: num(json(row.totals), [
      'lots',
      'holdersWithStock',
      'onHand',
      'shipped',
      'sold',
      'returned',
    ]) as ScopeReport['totals'],
    byRegion: num(json(row.by_region), ['holdersWithStock', 'onHand', 'sold']) as ScopeReport['byRegion'],
    byParty: num(json(row.by_party), ['holdersWithStock', 'onHand', 'sold']) as ScopeReport['byParty'],
    lotsPage: row.lots_page == null ? null : (json(row.lots_page) as ScopeReport['lotsPage']),
    lotsFilteredCount: row.lots_count == null ? null : Number(row.lots_count),
    byProduct:
      row.by_product == null ? null : (num(json(row.by_product), ['depth', 'lots']) as ScopeReport['byProduct']),
    holdersCount: row.holders_count == null ? null : Number(row.holders_count),
    holdersPage:
      row.holders_page == null
        ? null
        : (num(json(row.holders_page), ['onHand', 'shipped', 'sold', 'returned']) as ScopeReport['holdersPage']),
    spec,
  };
}

/** Root-first paths back to the root for some scope lots. */
export async function pathsOf(
  em: EntityManager,
  source: ScopeSource,
  lotIds: string[],
  asOf: Date | null,
): Promise<Map<string, string[]>> {
  if (lotIds.length === 0) return new Map();
  const sql = pathsSql(source, lotIds, asOf);
  const rows = await em.execute<{ start: string; path: string[] | string }[]>(sql.text, sql.params);
  return new Map(
    rows.map((r) => [r.start, typeof r.path === 'string' ? r.path.replace(/[{}]/g, '').split(',') : r.path]),
  );
}

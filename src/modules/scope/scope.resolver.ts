import { isRecent, onPrimary } from '../../app/read-routing';
import DataLoader from 'dataloader';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { entityFromRow } from '../../common/loaders';
import { pageOrThrow } from '../../common/paging';
import { regionNames } from '../../common/region';
import type { UserErrorData } from '../../common/user-error';
import { forbidden, unauthenticated } from '../access/viewer';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { planScopeQuery } from './scope.plan';
import { holderFilterOf, lotFilterOf, sameFilter } from './scope.filters';
import { Product } from '../product/product.entity';
import { lotsRootOf, pathsOf, resolveRoot, runReport, type ScopeReport } from './scope.service';
import type { ScopeSource } from './scope.sql';
import { allows } from '../access/access-matrix';
import { maySeeScope } from '../access/visibility';
import { ScopeRootKind } from '../recall/recall.enums';
import {
  RecallScope,
  ScopeHolder,
  ScopeHolderConnection,
  ScopeLot,
  ScopeLotConnection,
  ScopePartyRollup,
  ScopeProductRollup,
  ScopeRegionRollup,
  ScopeRootInput,
  ScopeTotals,
} from './scope.types';
import { PartyType } from '../recall/recall.enums';

/** A query has no payload: input problems become one top-level error carrying every problem. */
export function inputProblems(errors: UserErrorData[]): GraphQLError {
  return new GraphQLError(errors.map((e) => e.message).join(' '), {
    extensions: { code: errors[0].code, field: errors[0].field, problems: errors },
  });
}

/** Puts the rows a report brought for its pages into the request's loaders. */
function primePageRows(ctx: Context, report: ScopeReport): void {
  for (const l of report.lotsPage ?? []) ctx.loaders.lot.prime(l.lotId, entityFromRow(ctx.em, Lot, l.lotRow));
  for (const h of report.holdersPage ?? []) {
    ctx.loaders.lot.prime(h.lotId, entityFromRow(ctx.em, Lot, h.lotRow));
    ctx.loaders.organization.prime(h.organizationId, entityFromRow(ctx.em, Organization, h.organizationRow));
    ctx.loaders.location.prime(h.locationId, entityFromRow(ctx.em, Location, h.locationRow));
  }
}

/** A scope object over a computed report, with the loader of its lots' paths back to the root. */
export function makeScope(ctx: Context, source: ScopeSource, asOf: Date | null, report: ScopeReport): RecallScope {
  primePageRows(ctx, report);
  const paths = new DataLoader<string, string[]>(async (ids) => {
    const map = await pathsOf(ctx.em, source, [...ids], asOf);
    return ids.map((id) => map.get(id) ?? [id]);
  });
  return Object.assign(new RecallScope(), {
    source,
    report,
    asOf,
    registeredPurchasers: report.registeredPurchasers,
    paths,
  });
}

/** Builds a scope object and runs its report with the pages the query selected. */
export async function scopeFor(
  ctx: Context,
  source: ScopeSource,
  asOf: Date | null,
  info: GraphQLResolveInfo,
): Promise<RecallScope> {
  return makeScope(ctx, source, asOf, await runReport(ctx.em, source, planScopeQuery(info)));
}

/** The page of a report's lots, each knowing its scope. */
export function scopeLotsOf(scope: RecallScope, report: ScopeReport): ScopeLot[] {
  return report.lotsPage!.map((l) => Object.assign(new ScopeLot(), l, { scope }));
}

@ArgsType()
class ScopeHoldersArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only holders with stock now (default true); false lists every holder that ever had an affected lot.',
  })
  withStockOnly?: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Only holders in this city: a 4-digit GB/T 2260 prefecture code, e.g. "4101" (Zhengzhou).',
  })
  city?: string | null;
  @Field(() => PartyType, {
    nullable: true,
    description: 'Only holders of this kind (PRODUCER, DISTRIBUTOR or RETAILER).',
  })
  party?: PartyType | null;
  @Field(() => ID, { nullable: true, description: 'Only lots of this product.' })
  product?: string | null;
}

@ArgsType()
class ScopeLotsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only lots of this product.' })
  product?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only lots at this depth below the root.' })
  depth?: number | null;
}

@Resolver(() => RecallScope)
export class ScopeResolver {
  @Query(() => RecallScope, {
    description:
      'The scope of a suspected defect, live: every affected lot downstream at any depth, holders with stock by location, sales, rollups by city and holder kind. Events and transformations after `asOf` are left out. Who: regulators; producers for their own lots and products.',
  })
  async recallScope(
    @Arg('root', () => ScopeRootInput, { description: 'Where the scope starts.' }) root: ScopeRootInput,
    @Arg('asOf', () => Date, {
      nullable: true,
      description: 'Describe the chain as it was at this moment (default now).',
    })
    asOf: Date | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RecallScope> {
    if (ctx.viewer.kind !== 'organization') throw unauthenticated();
    // A moment named in the last seconds may follow events a replica has not replayed yet.
    if (asOf && isRecent(ctx.reads, asOf)) ctx = onPrimary(ctx);
    const at = asOf ?? new Date();
    // Whoever may scope any lot (a regulator) needs no lookup of the owners first: the report says
    // whether every root lot exists, and only then is the root looked up to name the missing ones.
    const direct = allows('recallScope', ctx.viewer) ? lotsRootOf(root) : null;
    if (direct?.kind === ScopeRootKind.LOTS) {
      const source = { live: direct, asOf: at };
      const report = await runReport(ctx.em, source, planScopeQuery(info));
      if (report.rootsFound === direct.lotIds.length) return makeScope(ctx, source, at, report);
    }
    const resolved = await resolveRoot(ctx.em, root, ['root']);
    if (Array.isArray(resolved)) throw inputProblems(resolved);
    if (!maySeeScope(ctx.viewer, resolved.ownerIds))
      throw forbidden('Only regulators, and producers for their own lots and products, may compute a recall scope.');
    return scopeFor(ctx, { live: resolved.root, asOf: at }, at, info);
  }

  @FieldResolver(() => Int, { description: 'How many lots are affected.' })
  lotCount(@Root() s: RecallScope): number {
    return s.report.lotCount;
  }

  @FieldResolver(() => [ScopeTotals], { description: 'Exact totals, one entry per unit of quantity.' })
  totals(@Root() s: RecallScope) {
    return s.report.totals;
  }

  @FieldResolver(() => [ScopeRegionRollup], { description: 'Stock and sales by city (GB/T 2260), per unit.' })
  byRegion(@Root() s: RecallScope): ScopeRegionRollup[] {
    return s.report.byRegion.map((r) => {
      const names = regionNames(`${r.city}00`);
      return { ...r, provinceName: names.province || null, cityName: names.city };
    });
  }

  @FieldResolver(() => [ScopePartyRollup], { description: 'Stock and sales by kind of holder, per unit.' })
  byParty(@Root() s: RecallScope) {
    return s.report.byParty;
  }

  @FieldResolver(() => [ScopeProductRollup], {
    description: 'The affected lots counted by product, depth and unit, shallowest first.',
  })
  async byProduct(@Root() s: RecallScope, @Ctx() ctx: Context): Promise<ScopeProductRollup[]> {
    const rows =
      s.report.byProduct ??
      (await runReport(ctx.em, s.source, { lots: null, holders: null, byProduct: true })).byProduct!;
    return rows.map((r) => Object.assign(new ScopeProductRollup(), r));
  }

  @FieldResolver(() => ScopeLotConnection, {
    description: 'The affected lots, shallowest first; optionally of one product or at one depth.',
  })
  async lots(@Root() s: RecallScope, @Args(() => ScopeLotsArgs) args: ScopeLotsArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const filter = lotFilterOf(args);
    const planned = s.report.spec.lots;
    const report: ScopeReport =
      planned &&
      planned.limit === page.limit &&
      planned.offset === page.offset &&
      sameFilter(planned, { ...planned, ...filter })
        ? s.report
        : await runReport(ctx.em, s.source, { lots: { ...page, ...filter }, holders: null });
    primePageRows(ctx, report);
    return toConnection(scopeLotsOf(s, report), page, report.lotsFilteredCount ?? report.lotCount);
  }

  @FieldResolver(() => ScopeHolderConnection, { description: 'Holder locations of affected lots, most stock first.' })
  async holders(@Root() s: RecallScope, @Args(() => ScopeHoldersArgs) args: ScopeHoldersArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const withStockOnly = args.withStockOnly ?? true;
    const filter = holderFilterOf(args);
    const planned = s.report.spec.holders;
    const report =
      planned &&
      planned.limit === page.limit &&
      planned.offset === page.offset &&
      planned.withStockOnly === withStockOnly &&
      sameFilter(planned, { ...planned, ...filter })
        ? s.report
        : await runReport(ctx.em, s.source, { lots: null, holders: { ...page, withStockOnly, ...filter } });
    primePageRows(ctx, report);
    const items = report.holdersPage!.map((h) => Object.assign(new ScopeHolder(), h));
    return toConnection(items, page, report.holdersCount!);
  }
}

@Resolver(() => ScopeProductRollup)
export class ScopeProductRollupResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() r: ScopeProductRollup, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(r.productId);
  }
}

@Resolver(() => ScopeLot)
export class ScopeLotResolver {
  @FieldResolver(() => Lot, { description: 'The affected lot.' })
  lot(@Root() l: ScopeLot, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(l.lotId);
  }

  @FieldResolver(() => [Lot], {
    description: 'One path of lots from the root down to this lot (root first, this lot last).',
  })
  async path(@Root() l: ScopeLot, @Ctx() ctx: Context) {
    const ids = await l.scope.paths.load(l.lotId);
    return (await ctx.loaders.lot.loadMany(ids)).filter((x): x is Lot => x instanceof Lot);
  }
}

@Resolver(() => ScopeHolder)
export class ScopeHolderResolver {
  @FieldResolver(() => Lot, { description: 'The affected lot.' })
  lot(@Root() h: ScopeHolder, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(h.lotId);
  }

  @FieldResolver(() => Organization, { description: 'The holder.' })
  organization(@Root() h: ScopeHolder, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(h.organizationId);
  }

  @FieldResolver(() => Location, { description: 'The location (with its GLN, address and region).' })
  location(@Root() h: ScopeHolder, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(h.locationId);
  }
}

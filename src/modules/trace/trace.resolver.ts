import { Args, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { pageArgs, toConnection } from '../../common/connection';
import { entityFromRow } from '../../common/loaders';
import { pageOrThrow } from '../../common/paging';
import { PageArgs } from '../../common/page-args';
import { holdersOfLot } from '../custody/stock.service';
import type { Context } from '../../app/context';
import { canSeeHolderQuantities, canSeeInputQuantity } from '../access/visibility';
import { Commitment } from '../commitment/commitment.entity';
import { coveringCommitment } from '../commitment/commitment.service';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { SELLER_ROLES } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { HolderFlows, LineageEntry, LotHolder, LotHolderConnection } from './trace.types';

@Resolver(() => Lot)
export class LotTraceResolver {
  @FieldResolver(() => [LineageEntry], {
    description: 'The whole upstream tree, any depth: every input lot with the lot it went into, breadth first. A lot reached by two paths is listed once per path.',
  })
  async upstream(@Root() lot: Lot, @Ctx() ctx: Context): Promise<LineageEntry[]> {
    const rows = await ctx.loaders.upstreamByLot.load(lot.id);
    return rows.map((r) => Object.assign(new LineageEntry(), { lotId: r.lotId, parentId: r.parentId, depth: r.depth, rawQuantity: r.quantity }));
  }

  @FieldResolver(() => [LineageEntry], { description: 'The direct inputs (depth 1 of `upstream`).' })
  async inputs(@Root() lot: Lot, @Ctx() ctx: Context): Promise<LineageEntry[]> {
    return (await this.upstream(lot, ctx)).filter((e) => e.depth === 1);
  }

  @FieldResolver(() => [Lot], { description: 'Lots this lot went into directly.' })
  async usedIn(@Root() lot: Lot, @Ctx() ctx: Context) {
    const edges = await ctx.loaders.outputsByLot.load(lot.id);
    return (await ctx.loaders.lot.loadMany(edges.map((e) => e.outputId))).filter((l): l is Lot => l instanceof Lot);
  }

  @FieldResolver(() => LotHolderConnection, {
    description: 'Downstream: every organization and location that held this lot (producer, distributors, sellers), in order of last activity.',
  })
  async holders(@Root() lot: Lot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const { rows, total } = await holdersOfLot(ctx.em, lot.id, page.limit, page.offset);
    for (const r of rows) {
      ctx.loaders.organization.prime(r.organizationId, entityFromRow(ctx.em, Organization, r.organizationRow));
      ctx.loaders.location.prime(r.locationId, entityFromRow(ctx.em, Location, r.locationRow));
      ctx.loaders.commitmentsBySeller.prime(r.organizationId, r.commitmentRows.map((c) => entityFromRow(ctx.em, Commitment, c)));
    }
    const holders = rows.map((r) => Object.assign(new LotHolder(), {
      lotId: r.lotId, productId: lot.product.id, organizationId: r.organizationId, locationId: r.locationId, lastEventAt: r.lastEventAt,
      holdsStock: r.onHand > 0, hasSold: r.sold > 0, flows: r,
    }));
    return toConnection(holders, page, total);
  }
}

@Resolver(() => LineageEntry)
export class LineageEntryResolver {
  @FieldResolver(() => Lot, { description: 'The input lot.' })
  lot(@Root() e: LineageEntry, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(e.lotId);
  }

  @FieldResolver(() => Lot, { description: 'The lot it went into.' })
  usedIn(@Root() e: LineageEntry, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(e.parentId);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Quantity used, in the input lot's unit. Null unless the viewer made either lot or is a regulator." })
  async quantity(@Root() e: LineageEntry, @Ctx() ctx: Context): Promise<number | null> {
    const [input, output] = (await ctx.loaders.lot.loadMany([e.lotId, e.parentId])) as Lot[];
    return canSeeInputQuantity(ctx.viewer, output.owner.id, input.owner.id) ? e.rawQuantity : null;
  }
}

@Resolver(() => LotHolder)
export class LotHolderResolver {
  @FieldResolver(() => Organization, { description: 'The holder.' })
  organization(@Root() h: LotHolder, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(h.organizationId);
  }

  @FieldResolver(() => Location, { description: 'The location.' })
  location(@Root() h: LotHolder, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(h.locationId);
  }

  @FieldResolver(() => HolderFlows, { nullable: true, description: 'Quantities; null unless the viewer is this holder or a regulator.' })
  quantities(@Root() h: LotHolder, @Ctx() ctx: Context): HolderFlows | null {
    return canSeeHolderQuantities(ctx.viewer, h.organizationId) ? h.flows : null;
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description: "For a seller: its first-responsibility commitment in force now that covers this lot's product (each sale keeps the version in force when it happened).",
  })
  async commitment(@Root() h: LotHolder, @Ctx() ctx: Context) {
    const org = await ctx.loaders.organization.load(h.organizationId);
    if (!org || !org.roles.some((r) => SELLER_ROLES.includes(r))) return null;
    const [versions, product] = await Promise.all([ctx.loaders.commitmentsBySeller.load(org.id), ctx.loaders.product.load(h.productId)]);
    return product ? coveringCommitment(versions, product, new Date()) : null;
  }
}

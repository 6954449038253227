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
import { QuantityUnit } from '../product/product.enums';
import type { Lineage } from './trace.service';
import { HolderFlows, LineageEdge, LineageNode, LotHolder, LotHolderConnection, LotLineage } from './trace.types';

/** The GraphQL graph of a lineage: one edge object per edge, shared by `edges` and the nodes' `usedIn`. */
function lineageGraph(g: Lineage): LotLineage {
  const edges = g.edges.map((e) =>
    Object.assign(new LineageEdge(), { inputId: e.inputId, outputId: e.outputId, rawQuantity: e.quantity }),
  );
  const usedIn = new Map<string, LineageEdge[]>();
  for (const e of edges) {
    const list = usedIn.get(e.inputId);
    if (list) list.push(e);
    else usedIn.set(e.inputId, [e]);
  }
  const nodes = g.nodes.map((n) =>
    Object.assign(new LineageNode(), { lotId: n.lotId, depth: n.depth, usedIn: usedIn.get(n.lotId) ?? [] }),
  );
  return Object.assign(new LotLineage(), { nodes, edges });
}

@Resolver(() => Lot)
export class LotTraceResolver {
  @FieldResolver(() => LotLineage, {
    description:
      'The upstream graph, any depth (up to 64 input steps): every lot this lot was made from, each ' +
      'once at its least depth, and every input edge among them, with quantities. Its size is bounded by lots ' +
      'and edges, however many paths shared inputs make.',
  })
  async upstream(@Root() lot: Lot, @Ctx() ctx: Context): Promise<LotLineage> {
    // The traced lot is the output of its own inputs' edges: no second read of it.
    ctx.loaders.lot.prime(lot.id, lot);
    return lineageGraph(await ctx.loaders.upstreamByLot.load(lot.id));
  }

  @FieldResolver(() => [LineageEdge], { description: 'The direct inputs: the edges of `upstream` into this lot.' })
  async inputs(@Root() lot: Lot, @Ctx() ctx: Context): Promise<LineageEdge[]> {
    return (await this.upstream(lot, ctx)).edges.filter((e) => e.outputId === lot.id);
  }

  @FieldResolver(() => [Lot], { description: 'Lots this lot went into directly.' })
  async usedIn(@Root() lot: Lot, @Ctx() ctx: Context) {
    const edges = await ctx.loaders.outputsByLot.load(lot.id);
    return (await ctx.loaders.lot.loadMany(edges.map((e) => e.outputId))).filter((l): l is Lot => l instanceof Lot);
  }

  @FieldResolver(() => LotHolderConnection, {
    description:
      'Downstream: every organization and location that held this lot (producer, distributors, sellers), in order of last activity.',
  })
  async holders(@Root() lot: Lot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const { rows, total } = await holdersOfLot(ctx.em, lot.id, page.limit, page.offset);
    for (const r of rows) {
      ctx.loaders.organization.prime(r.organizationId, entityFromRow(ctx.em, Organization, r.organizationRow));
      ctx.loaders.location.prime(r.locationId, entityFromRow(ctx.em, Location, r.locationRow));
      ctx.loaders.commitmentsBySeller.prime(
        r.organizationId,
        r.commitmentRows.map((c) => entityFromRow(ctx.em, Commitment, c)),
      );
    }
    const holders = rows.map((r) =>
      Object.assign(new LotHolder(), {
        lotId: r.lotId,
        productId: lot.product.id,
        organizationId: r.organizationId,
        locationId: r.locationId,
        lastEventAt: r.lastEventAt,
        holdsStock: r.onHand > 0,
        hasSold: r.sold > 0,
        flows: r,
      }),
    );
    return toConnection(holders, page, total);
  }
}

@Resolver(() => LineageNode)
export class LineageNodeResolver {
  @FieldResolver(() => Lot, { description: 'The upstream lot.' })
  lot(@Root() n: LineageNode, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(n.lotId);
  }
}

@Resolver(() => LineageEdge)
export class LineageEdgeResolver {
  @FieldResolver(() => Lot, { description: 'The lot that went in.' })
  input(@Root() e: LineageEdge, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(e.inputId);
  }

  @FieldResolver(() => Lot, { description: 'The lot it went into.' })
  output(@Root() e: LineageEdge, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(e.outputId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Quantity of the input used, in the input lot's unit. Null unless the viewer made either lot or " +
      'is a regulator.',
  })
  async quantity(@Root() e: LineageEdge, @Ctx() ctx: Context): Promise<number | null> {
    const [input, output] = (await ctx.loaders.lot.loadMany([e.inputId, e.outputId])) as Lot[];
    return canSeeInputQuantity(ctx.viewer, output.owner.id, input.owner.id) ? e.rawQuantity : null;
  }

  @FieldResolver(() => QuantityUnit, { description: "The input lot's unit, in which `quantity` is counted." })
  async unit(@Root() e: LineageEdge, @Ctx() ctx: Context): Promise<QuantityUnit> {
    return ((await ctx.loaders.lot.load(e.inputId)) as Lot).unit;
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

  @FieldResolver(() => HolderFlows, {
    nullable: true,
    description: 'Quantities; null unless the viewer is this holder or a regulator.',
  })
  quantities(@Root() h: LotHolder, @Ctx() ctx: Context): HolderFlows | null {
    return canSeeHolderQuantities(ctx.viewer, h.organizationId) ? h.flows : null;
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description:
      "For a seller: its first-responsibility commitment in force now that covers this lot's product (each sale keeps the version in force when it happened).",
  })
  async commitment(@Root() h: LotHolder, @Ctx() ctx: Context) {
    const org = await ctx.loaders.organization.load(h.organizationId);
    if (!org || !org.roles.some((r) => SELLER_ROLES.includes(r))) return null;
    const [versions, product] = await Promise.all([
      ctx.loaders.commitmentsBySeller.load(org.id),
      ctx.loaders.product.load(h.productId),
    ]);
    return product ? coveringCommitment(versions, product, new Date()) : null;
  }
}

import { Args, ArgsType, Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { connectionOf, pageArgs, toConnection } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { canSeeRecallDetails } from '../access/visibility';
import { Organization } from '../organization/organization.entity';
import { QuantityUnit } from '../product/product.enums';
import { Recall } from './recall.entity';
import { PartyType, RecallStatus } from './recall.enums';
import { holderProgress, holdersToNotify } from './recall.holders';
import { rootOf } from './recall.service';

@ObjectType('RecallHolderProgress', {
  description:
    "One holder of a recall's frozen scope (per unit of quantity): its affected stock at activation and " +
    'what it has done since. A holder with `actedOn` false has neither recorded anything under the recall nor ' +
    'acknowledged its notice.',
})
export class RecallHolderProgress {
  organizationId!: string;
  @Field(() => QuantityUnit, { description: 'The unit of every quantity here.' })
  unit!: QuantityUnit;
  @Field(() => PartyType, { description: 'Producer, distributor or retailer.' })
  party!: PartyType;
  @Field(() => Int, { description: 'Lot-location entries with affected stock at activation.' })
  entries!: number;
  @Field(() => Float, { description: 'Affected stock on hand at activation.' })
  affected!: number;
  @Field(() => Float, { description: 'Units it had sold to consumers (less returns) by activation.' })
  soldToConsumers!: number;
  @Field(() => Float, {
    description: 'Stock corrected since: destroyed, or shipped back naming the recall (capped at `affected`).',
  })
  corrected!: number;
  @Field(() => Float, {
    description: 'Consumer remedies it recorded under the recall (returned, repaired, replaced units).',
  })
  consumerRemedies!: number;
  @Field(() => Date, { nullable: true, description: 'When it last recorded an event naming the recall.' })
  lastActionAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When it acknowledged the notice; null when not yet (or never notified).',
  })
  acknowledgedAt!: Date | null;
  @Field(() => Boolean, {
    description: 'Whether it has recorded anything under the recall or acknowledged the notice.',
  })
  actedOn(): boolean {
    return this.lastActionAt !== null || this.acknowledgedAt !== null;
  }
}

const RecallHolderProgressConnection = connectionOf('RecallHolderProgress', RecallHolderProgress, 'holder progress');

@ArgsType()
class HolderProgressArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only holders that have done nothing yet (default false).' })
  idleOnly?: boolean;
}

const detailsOf = (r: Recall) => ({ initiatorId: r.initiator.id });

@Resolver(() => Recall)
export class RecallHoldersResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Organizations notified: for a draft, how many activation would notify now (those holding affected ' +
      'stock); afterwards, how many were. Null unless the viewer is the initiator or a regulator.',
  })
  notifiedHolders(@Root() r: Recall, @Ctx() ctx: Context): Promise<number> | null {
    if (!canSeeRecallDetails(ctx.viewer, detailsOf(r))) return null;
    if (r.status === RecallStatus.DRAFT) return holdersToNotify(ctx.em, { live: rootOf(r), asOf: new Date() });
    return holdersToNotify(ctx.em, { recallId: r.id });
  }

  @FieldResolver(() => RecallHolderProgressConnection, {
    nullable: true,
    description:
      'Progress per holder since activation, those that have done nothing first, then the most stock. ' +
      'Null for a draft, or unless the viewer is the initiator or a regulator.',
  })
  async holderProgress(
    @Root() r: Recall,
    @Args(() => HolderProgressArgs) args: HolderProgressArgs,
    @Ctx() ctx: Context,
  ) {
    if (r.status === RecallStatus.DRAFT || !canSeeRecallDetails(ctx.viewer, detailsOf(r))) return null;
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const { rows, total } = await holderProgress(ctx.em, r.id, page, args.idleOnly ?? false);
    return toConnection(
      rows.map((row) => Object.assign(new RecallHolderProgress(), row)),
      page,
      total,
    );
  }
}

@Resolver(() => RecallHolderProgress)
export class RecallHolderProgressResolver {
  @FieldResolver(() => Organization, { description: 'The holder.' })
  organization(@Root() p: RecallHolderProgress, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(p.organizationId);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { payload } from '../../common/user-error';
import { canSeeSpotCheck, mayRecordSpotCheck } from '../access/visibility';
import { forbidden, isRegulator, requireWriter } from '../access/viewer';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { ScopeRootKind } from '../recall/recall.enums';
import { scopeFor } from '../scope/scope.resolver';
import { RecallScope } from '../scope/scope.types';
import { SpotCheck } from './spot-check.entity';
import { recordSpotCheck } from './spot-check.service';
import { SpotCheckPayload, SpotCheckRecordInput } from './spot-check.types';

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @FieldResolver(() => Lot, { description: 'The lot sampled.' })
  lot(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(c.lot.id);
  }

  @FieldResolver(() => Organization, { description: 'The holder the sample was taken from.' })
  holder(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.holder.id);
  }

  @FieldResolver(() => Location, { description: 'Where the sample was taken.' })
  location(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(c.location.id);
  }

  @FieldResolver(() => Organization, { description: 'The testing laboratory.' })
  laboratory(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.laboratory.id);
  }

  @FieldResolver(() => Organization, { description: 'The authority that ordered the check.' })
  regulator(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.regulator.id);
  }

  @FieldResolver(() => StandardDeclaration, { description: 'The declaration version the lot was tested against.' })
  declaration(@Root() c: SpotCheck, @Ctx() ctx: Context) {
    return ctx.loaders.declaration.load(c.declaration.id);
  }

  @FieldResolver(() => RecallScope, {
    nullable: true,
    description:
      'The recall scope rooted at the sampled lot, as of now: what a failed check puts at risk. Regulators only.',
  })
  scope(@Root() c: SpotCheck, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (!isRegulator(ctx.viewer)) return null;
    const now = new Date();
    return scopeFor(ctx, { live: { kind: ScopeRootKind.LOTS, lotIds: [c.lot.id] }, asOf: now }, now, info);
  }

  @Mutation(() => SpotCheckPayload, {
    description:
      "Records a supervisory spot check (监督抽查) and its per-indicator results against the lot's declaration version. Who: a regulator, with a write key.",
  })
  spotCheckRecord(
    @Arg('input', () => SpotCheckRecordInput, { description: 'What to record.' }) input: SpotCheckRecordInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    if (!mayRecordSpotCheck(v)) throw forbidden('Only regulators record spot checks.');
    return payload(async () => ({ spotCheck: await ctx.em.transactional((em) => recordSpotCheck(em, v, input)) }));
  }
}

@Resolver(() => Lot)
export class LotSpotCheckResolver {
  @FieldResolver(() => [SpotCheck], {
    description: "Spot checks of this lot, newest first: for regulators, the lot's producer and the sampled holder.",
  })
  async spotChecks(@Root() lot: Lot, @Ctx() ctx: Context) {
    const all = await ctx.loaders.spotChecksByLot.load(lot.id);
    return all.filter((c) => canSeeSpotCheck(ctx.viewer, { holderId: c.holder.id, producerId: lot.owner.id }));
  }
}

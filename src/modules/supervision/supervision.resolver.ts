import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getArgumentValues,
  GraphQLError,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection, type Page } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { allows } from '../access/access-matrix';
import { forbidden, unauthenticated } from '../access/viewer';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { SpotCheckResult } from '../spot-check/spot-check.entity';
import {
  cccGaps,
  commitmentGaps,
  failedSpotChecks,
  failingIndicators,
  overdueAnswers,
  spotChecks,
  type SignalPage,
} from './supervision.service';
import {
  CccGap,
  CccGapConnection,
  CommitmentGap,
  CommitmentGapConnection,
  FailingIndicator,
  FailingIndicatorConnection,
  OverdueAnswers,
  OverdueAnswersConnection,
  SpotCheckConnection,
  Supervision,
} from './supervision.types';

type ListName =
  'failedSpotChecks' | 'spotChecks' | 'overdueAnswers' | 'cccGaps' | 'commitmentGaps' | 'failingIndicators';
type ListArgs = { first?: number; after?: string; days?: number; failedOnly?: boolean };

/** Each list's page, from its arguments (checked: a bad argument is BAD_USER_INPUT). */
function pageOf(args: ListArgs): Page {
  return pageOrThrow(pageArgs(args.first, args.after));
}
function daysOf(args: ListArgs): number {
  const days = args.days ?? 90;
  if (!Number.isInteger(days) || days < 1 || days > 3660) {
    throw new GraphQLError('days is 1 to 3660.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return days;
}

const RUN: Record<ListName, (em: EntityManager, args: ListArgs) => Promise<SignalPage<unknown>>> = {
  failedSpotChecks: (em, a) => failedSpotChecks(em, daysOf(a), pageOf(a)),
  spotChecks: (em, a) => spotChecks(em, daysOf(a), a.failedOnly ?? false, pageOf(a)),
  overdueAnswers: (em, a) => overdueAnswers(em, pageOf(a)),
  cccGaps: (em, a) => cccGaps(em, pageOf(a)),
  commitmentGaps: (em, a) => commitmentGaps(em, pageOf(a)),
  failingIndicators: (em, a) => failingIndicators(em, pageOf(a)),
};
const keyOf = (name: string, args: ListArgs) =>
  `${name}:${args.first ?? ''}:${args.after ?? ''}:${args.days ?? ''}:${args.failedOnly ?? ''}`;

/**
 * Runs every list the query selects at once, before any of their records is resolved: their related
 * rows (lots, organizations, products) are then loaded in one batch per kind, whatever the lists hold,
 * rather than in one batch per list as each statement happens to return.
 */
async function runSelected(em: EntityManager, info: GraphQLResolveInfo): Promise<Map<string, SignalPage<unknown>>> {
  const type = info.schema.getType('Supervision');
  const wanted = new Map<string, Promise<SignalPage<unknown>>>();
  if (!isObjectType(type)) return new Map();
  const fields = type.getFields();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[sel.name.value]?.selectionSet);
      else if (sel.kind === Kind.FIELD && sel.name.value in RUN) {
        const name = sel.name.value as ListName;
        const args = getArgumentValues(fields[name], sel as FieldNode, info.variableValues) as ListArgs;
        const key = keyOf(name, args);
        // A bad argument is left to the field's resolver, which reports it.
        if (!wanted.has(key))
          wanted.set(
            key,
            RUN[name](em, args).catch(() => null as never),
          );
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  const done = await Promise.all([...wanted].map(async ([k, p]) => [k, await p] as const));
  return new Map(done.filter(([, v]) => v));
}

@ArgsType()
class FailedSpotChecksArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'How many days back, by when the check was recorded (default 90, at most 3660).',
  })
  days?: number;
}

@ArgsType()
class SpotChecksArgs extends FailedSpotChecksArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only checks that found an indicator not met (default false).' })
  failedOnly?: boolean;
}

/** A list's page: computed with the others by `supervision`, or here when that could not (a bad argument). */
// The row type follows from the list's name, which the map of computed lists cannot carry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function listOf(s: Supervision, ctx: Context, name: ListName, args: ListArgs): Promise<SignalPage<any>> {
  return s.lists.get(keyOf(name, args)) ?? RUN[name](ctx.em, args);
}

@Resolver(() => Supervision)
export class SupervisionResolver {
  @Query(() => Supervision, {
    description:
      'The supervision overview: failed spot checks, overdue complaint answers and the supervision signals, ' +
      'each a paged list. Who: regulators (any key scope).',
  })
  async supervision(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Supervision> {
    if (ctx.viewer.kind !== 'organization') throw unauthenticated();
    if (!allows('supervision', ctx.viewer)) throw forbidden('Only regulators read the supervision overview.');
    return Object.assign(new Supervision(), { lists: await runSelected(ctx.em, info) });
  }

  @FieldResolver(() => SpotCheckConnection, {
    description: 'Spot checks that found an indicator not met, recorded in the last `days` days, newest first.',
  })
  async failedSpotChecks(
    @Root() s: Supervision,
    @Args(() => FailedSpotChecksArgs) args: FailedSpotChecksArgs,
    @Ctx() ctx: Context,
  ) {
    const { items, total } = await listOf(s, ctx, 'failedSpotChecks', args);
    return toConnection(items, pageOf(args), total);
  }

  @FieldResolver(() => SpotCheckConnection, {
    description:
      'Every spot check recorded in the last `days` days (default 90, at most 3660), newest first; ' +
      '`failedOnly` keeps those that found an indicator not met.',
  })
  async spotChecks(@Root() s: Supervision, @Args(() => SpotChecksArgs) args: SpotChecksArgs, @Ctx() ctx: Context) {
    const { items, total } = await listOf(s, ctx, 'spotChecks', args);
    return toConnection(items, pageOf(args), total);
  }

  @FieldResolver(() => OverdueAnswersConnection, {
    description: 'Organizations owing complaint answers past the deadline, the longest overdue first.',
  })
  async overdueAnswers(@Root() s: Supervision, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const { items, total } = await listOf(s, ctx, 'overdueAnswers', args);
    return toConnection(
      items.map((x) => Object.assign(new OverdueAnswers(), x)),
      pageOf(args),
      total,
    );
  }

  @FieldResolver(() => CccGapConnection, {
    description: 'Products that need CCC held or sold without a valid CCC certificate, the most units first.',
  })
  async cccGaps(@Root() s: Supervision, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const { items, total } = await listOf(s, ctx, 'cccGaps', args);
    return toConnection(
      items.map((x) => Object.assign(new CccGap(), x)),
      pageOf(args),
      total,
    );
  }

  @FieldResolver(() => CommitmentGapConnection, {
    description:
      "Sellers holding children's goods that no commitment of theirs in force covers, the most units " + 'first.',
  })
  async commitmentGaps(@Root() s: Supervision, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const { items, total } = await listOf(s, ctx, 'commitmentGaps', args);
    return toConnection(
      items.map((x) => Object.assign(new CommitmentGap(), x)),
      pageOf(args),
      total,
    );
  }

  @FieldResolver(() => FailingIndicatorConnection, {
    description:
      'Lots whose declared indicator a spot check found failing, not yet recalled, the latest sampled ' + 'first.',
  })
  async failingIndicators(@Root() s: Supervision, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const { items, total } = await listOf(s, ctx, 'failingIndicators', args);
    return toConnection(
      items.map((x) => Object.assign(new FailingIndicator(), x)),
      pageOf(args),
      total,
    );
  }
}

@Resolver(() => OverdueAnswers)
export class OverdueAnswersResolver {
  @FieldResolver(() => Organization, { description: 'The organization the complaints were routed to.' })
  organization(@Root() x: OverdueAnswers, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(x.organizationId);
  }
}

@Resolver(() => CccGap)
export class CccGapResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() x: CccGap, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(x.productId);
  }
}

@Resolver(() => CommitmentGap)
export class CommitmentGapResolver {
  @FieldResolver(() => Organization, { description: 'The seller.' })
  organization(@Root() x: CommitmentGap, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(x.organizationId);
  }

  @FieldResolver(() => [Lot], { description: 'Up to five of the lots it holds uncovered, the most units first.' })
  async lots(@Root() x: CommitmentGap, @Ctx() ctx: Context) {
    return (await ctx.loaders.lot.loadMany(x.topLotIds)).filter((l): l is Lot => l instanceof Lot);
  }
}

@Resolver(() => FailingIndicator)
export class FailingIndicatorResolver {
  @FieldResolver(() => Lot, { description: 'The lot.' })
  lot(@Root() x: FailingIndicator, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(x.lotId);
  }

  @FieldResolver(() => SpotCheckResult, {
    description: 'The result for the indicator: declared value, measured value.',
  })
  result(@Root() x: FailingIndicator): SpotCheckResult {
    return x.spotCheck.results.find((r) => r.indicatorKey === x.indicatorKey)!;
  }
}

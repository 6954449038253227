import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RECALL_ACTIVATED } from '../../app/bus';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { findByGlobalId } from '../../common/find-by-id';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { recallNumberArg } from '../../common/query-args';
import { payload } from '../../common/user-error';
import { allows } from '../access/access-matrix';
import { canSeeRecall, canSeeRecallDetails } from '../access/visibility';
import { requireWriter, unauthenticated, viewerOrgId } from '../access/viewer';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { makeScope, scopeFor, scopeLotsOf } from '../scope/scope.resolver';
import { ScopeLotConnection, RecallScope } from '../scope/scope.types';
import { runReport } from '../scope/scope.service';
import { Recall, RecallTransition } from './recall.entity';
import { RecallStatus } from './recall.enums';
import { recallProgress } from './recall.progress';
import { holderInstructions } from './recall.stop';
import { acknowledgeNotice, initiateRecall, rootOf, transitionRecall } from './recall.service';
import {
  ProductProgress,
  RecallConnection,
  RecallInitiateInput,
  RecallNoticeConnection,
  RecallNoticeItem,
  RecallPayload,
  RecallProgress,
} from './recall.types';
import { pagesChanged } from '../scan/page-changes';
import { ALERTS_QUEUED } from '../alert/alert.worker';

@ArgsType()
class RecallsArgs extends PageArgs {
  @Field(() => RecallStatus, { nullable: true, description: 'Only recalls in this status.' })
  status?: RecallStatus;
}

@ArgsType()
class NoticesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only notices not yet acknowledged (default false).' })
  unacknowledgedOnly?: boolean;
}

const info = (r: Recall) => ({ status: r.status, initiatorId: r.initiator.id });

@Resolver(() => Recall)
export class RecallResolver {
  @Query(() => Recall, {
    nullable: true,
    description:
      'A recall by its public number, e.g. "RC-2026-0001"; null when none matches. ' +
      'A malformed number is an INVALID_RECALL_NUMBER error. ' +
      'Drafts only for their initiator and regulators.',
  })
  async recall(@Arg('number', () => String, { description: 'Recall number.' }) number: string, @Ctx() ctx: Context) {
    const r = await ctx.em.findOne(Recall, { number: recallNumberArg(number) });
    return r && canSeeRecall(ctx.viewer, info(r)) ? r : null;
  }

  @Query(() => RecallConnection, {
    description:
      'Recalls, newest first. The public sees active, completed and terminated ones; drafts are shown to their initiator and regulators.',
  })
  async recalls(@Args(() => RecallsArgs) args: RecallsArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    // The draftRecall rule of the access matrix as a filter: all drafts when the role alone allows them, else the caller's own.
    const org = viewerOrgId(ctx.viewer);
    const visible = allows('draftRecall', ctx.viewer)
      ? {}
      : {
          $or: [
            { status: { $ne: RecallStatus.DRAFT } },
            ...(org && allows('draftRecall', ctx.viewer, { recorder: org }) ? [{ initiator: org }] : []),
          ],
        };
    const where = { ...visible, ...(args.status ? { status: args.status } : {}) };
    const [items, total] = await ctx.em.findAndCount(Recall, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, page, total);
  }

  @Query(() => RecallNoticeConnection, {
    description:
      "The caller's recall notices: recalls that found affected stock at one of its locations, newest first. Who: any organization.",
  })
  async recallNotices(@Args(() => NoticesArgs) args: NoticesArgs, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'organization') throw unauthenticated();
    const page = pageOrThrow(pageArgs(args.first, args.after));
    type NoticeRow = {
      recall_id: string;
      number: string;
      status: RecallStatus;
      created_at: Date;
      acknowledged_at: Date | null;
      acknowledged_note: string | null;
      entries: string;
      total: string;
    };
    const rows = await ctx.em.execute<NoticeRow[]>(
      `select n.recall_id, r.number, r.status, n.created_at, n.acknowledged_at, n.acknowledged_note,
              count(*) over () as total,
              (select count(*) from recall_scope_holder h
                where h.recall_id = n.recall_id and h.organization_id = n.organization_id and h.on_hand > 0) as entries
         from recall_notice n join recall r on r.id = n.recall_id
        where n.organization_id = ? ${args.unacknowledgedOnly ? 'and n.acknowledged_at is null' : ''}
        order by n.created_at desc, n.recall_id limit ? offset ?`,
      [ctx.viewer.organizationId, page.limit, page.offset],
    );
    const items = rows.map((r) =>
      Object.assign(new RecallNoticeItem(), {
        recallId: r.recall_id,
        receivedAt: new Date(r.created_at),
        acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at) : null,
        acknowledgedNote: r.acknowledged_note,
        affectedEntries: Number(r.entries),
        salesStopped: r.status === RecallStatus.ACTIVE,
        holderInstructions: holderInstructions(r.number, r.status),
      }),
    );
    return toConnection(items, page, rows.length ? Number(rows[0].total) : 0);
  }

  @FieldResolver(() => Organization, {
    description: 'Who initiated it: the producer (voluntary) or the regulator (ordered).',
  })
  initiator(@Root() r: Recall, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(r.initiator.id);
  }

  @FieldResolver(() => [Lot], { description: 'Root lots, when the root is LOTS.' })
  async rootLots(@Root() r: Recall, @Ctx() ctx: Context) {
    return (await ctx.loaders.lot.loadMany(r.rootLotIds)).filter((l): l is Lot => l instanceof Lot);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'Root product, when the root is PRODUCT_RANGE.' })
  rootProduct(@Root() r: Recall, @Ctx() ctx: Context) {
    return r.rootProduct ? ctx.loaders.product.load(r.rootProduct.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'First production date of the root range.' })
  producedFrom(@Root() r: Recall) {
    return r.rootProducedFrom;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last production date of the root range.' })
  producedTo(@Root() r: Recall) {
    return r.rootProducedTo;
  }

  @FieldResolver(() => StandardDeclaration, {
    nullable: true,
    description: 'Root declaration version, when the root is DECLARATION.',
  })
  rootDeclaration(@Root() r: Recall, @Ctx() ctx: Context) {
    return r.rootDeclaration ? ctx.loaders.declaration.load(r.rootDeclaration.id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Root producer, when the root is PRODUCER.' })
  rootProducer(@Root() r: Recall, @Ctx() ctx: Context) {
    return r.rootProducer ? ctx.loaders.organization.load(r.rootProducer.id) : null;
  }

  @FieldResolver(() => [RecallTransition], { description: 'Every status change with who and when, oldest first.' })
  transitions(@Root() r: Recall, @Ctx() ctx: Context) {
    return ctx.loaders.transitionsByRecall.load(r.id);
  }

  @FieldResolver(() => ScopeLotConnection, {
    nullable: true,
    description: 'The recalled lots (frozen at activation), for everyone once the recall is active; null for a draft.',
  })
  async affectedLots(@Root() r: Recall, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    if (r.status === RecallStatus.DRAFT) return null;
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const source = { recallId: r.id };
    const report = await runReport(ctx.em, source, { lots: page, holders: null });
    return toConnection(scopeLotsOf(makeScope(ctx, source, r.activatedAt, report), report), page, report.lotCount);
  }

  @FieldResolver(() => RecallScope, {
    nullable: true,
    description:
      'The scope: live for a draft, frozen at activation afterwards. Null unless the viewer is the initiator or a regulator.',
  })
  async scope(@Root() r: Recall, @Ctx() ctx: Context, @Info() gqlInfo: GraphQLResolveInfo) {
    if (!canSeeRecallDetails(ctx.viewer, info(r))) return null;
    if (r.status === RecallStatus.DRAFT) {
      const now = new Date();
      return scopeFor(ctx, { live: rootOf(r), asOf: now }, now, gqlInfo);
    }
    return scopeFor(ctx, { recallId: r.id }, r.activatedAt, gqlInfo);
  }

  @FieldResolver(() => RecallProgress, {
    nullable: true,
    description: 'Progress since activation; null for a draft, or unless the viewer is the initiator or a regulator.',
  })
  progress(@Root() r: Recall, @Ctx() ctx: Context) {
    if (r.status === RecallStatus.DRAFT || !canSeeRecallDetails(ctx.viewer, info(r))) return null;
    return recallProgress(ctx.em, r.id);
  }

  @Mutation(() => RecallPayload, {
    description:
      'Prepares a recall as a DRAFT: ordered when a regulator initiates it, voluntary when a producer does (its own products only). Who: a regulator or a producer, with a write key.',
  })
  recallInitiate(
    @Arg('input', () => RecallInitiateInput, { description: 'What to record.' }) input: RecallInitiateInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({ recall: await ctx.em.transactional((em) => initiateRecall(em, v, input)) }));
  }

  @Mutation(() => RecallPayload, {
    description:
      'Activates a draft recall: the notice becomes public, the scope is frozen as it is now, and every holder of affected stock gets a notice (on every server instance at once). Who: its initiator or a regulator.',
  })
  recallActivate(@Arg('recall', () => ID, { description: 'The recall.' }) id: string, @Ctx() ctx: Context) {
    return this.move(ctx, id, RecallStatus.ACTIVE, null);
  }

  @Mutation(() => RecallPayload, { description: 'Completes an active recall. Who: its initiator or a regulator.' })
  recallComplete(
    @Arg('recall', () => ID, { description: 'The recall.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'Closing note.' }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.move(ctx, id, RecallStatus.COMPLETED, note);
  }

  @Mutation(() => RecallPayload, {
    description:
      'Terminates a draft or active recall. Who: its initiator or a regulator. An active recall needs a reason ' +
      '(REASON_REQUIRED): termination lifts its stop on sales.',
  })
  recallTerminate(
    @Arg('recall', () => ID, { description: 'The recall.' }) id: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why it ends early (up to 2,000 characters); required for an active recall.',
    })
    reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return this.move(ctx, id, RecallStatus.TERMINATED, reason);
  }

  @Mutation(() => RecallPayload, {
    description: "Acknowledges the caller's notice of a recall. Who: a holder that received the notice.",
  })
  recallNoticeAcknowledge(
    @Arg('recall', () => ID, { description: 'The recall.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'e.g. "stock withdrawn from shelves".' })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      recall: await ctx.em.transactional(async (em) => {
        const recall = await findByGlobalId(em, Recall, id, ['recall']);
        await acknowledgeNotice(em, v, recall, note);
        return recall;
      }),
    }));
  }

  private move(ctx: Context, id: string, to: RecallStatus, note: string | null) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => {
      const { recall, notified, alertsQueued } = await ctx.em.transactional(async (em) =>
        transitionRecall(em, v, await findByGlobalId(em, Recall, id, ['recall']), to, note),
      );
      await pagesChanged.all(ctx);
      if (notified.length)
        await ctx.bus.publish(RECALL_ACTIVATED, {
          recallId: recall.id,
          number: recall.number,
          organizationIds: notified,
        });
      if (alertsQueued) await ctx.bus.publish(ALERTS_QUEUED, { recallId: recall.id });
      return { recall };
    });
  }
}

@Resolver(() => ProductProgress)
export class ProductProgressResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() p: ProductProgress, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(p.productId);
  }
}

@Resolver(() => RecallTransition)
export class RecallTransitionResolver {
  @FieldResolver(() => Organization, { description: 'Who made the change.' })
  by(@Root() t: RecallTransition, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(t.organization.id);
  }
}

@Resolver(() => RecallNoticeItem)
export class RecallNoticeItemResolver {
  @FieldResolver(() => Recall, { description: 'The recall.' })
  recall(@Root() n: RecallNoticeItem, @Ctx() ctx: Context) {
    return ctx.loaders.recall.load(n.recallId);
  }
}

@Resolver(() => Lot)
export class LotRecallResolver {
  @FieldResolver(() => [Recall], { description: 'Active recalls that cover this lot (public).' })
  async activeRecalls(@Root() lot: Lot, @Ctx() ctx: Context) {
    return (await ctx.loaders.activeRecallsByLot.load(lot.id)).map((r) => r.recall);
  }
}

import { QueryOrder } from '@mikro-orm/core';
import { idArg } from '../../common/id-arg';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { LIMITS, rateLimited } from '../../app/rate-limit';
import { connectionOf, pageArgs, toConnection } from '../../common/connection';
import { pageOrThrow } from '../../common/paging';
import { trackingCodeArg } from '../../common/query-args';
import { payload } from '../../common/user-error';
import { canSeeComplainantContact, complaintListFilter } from '../access/visibility';
import { requireWriter, unauthenticated } from '../access/viewer';
import { Commitment } from '../commitment/commitment.entity';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Complaint, ComplaintAnswer } from './complaint.entity';
import { ComplaintOrder } from './complaint.enums';
import { answerComplaint, fileComplaint, isOverdue } from './complaint.service';
import {
  ComplaintAnswerInput,
  ComplaintAnswerPayload,
  ComplaintFileInput,
  ComplaintFilePayload,
  ComplaintsArgs,
} from './complaint.types';

const ComplaintConnection = connectionOf('Complaint', Complaint, 'complaint');

/** Each order of a complaint list, as the ORM sorts it (id last, so that pages are stable). */
const COMPLAINT_ORDER: Record<ComplaintOrder, Record<string, QueryOrder>> = {
  [ComplaintOrder.NEWEST]: { createdAt: QueryOrder.DESC, id: QueryOrder.ASC },
  [ComplaintOrder.DUE_FIRST]: {
    closedAt: QueryOrder.DESC_NULLS_FIRST,
    responseDueAt: QueryOrder.ASC,
    id: QueryOrder.ASC,
  },
  [ComplaintOrder.UNANSWERED_FIRST]: {
    firstAnsweredAt: QueryOrder.ASC_NULLS_FIRST,
    responseDueAt: QueryOrder.ASC,
    createdAt: QueryOrder.DESC,
    id: QueryOrder.ASC,
  },
};

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Mutation(() => ComplaintFilePayload, {
    description:
      "Files a consumer's complaint about a lot. It goes to the seller whose first-responsibility commitment covers the lot (the store named, or the one seller that sold it under a commitment), else to the producer, with an answer deadline from the commitment's response time. Who: anyone (no key); limited per address.",
  })
  async complaintFile(
    @Arg('input', () => ComplaintFileInput, { description: 'The complaint.' }) input: ComplaintFileInput,
    @Ctx() ctx: Context,
  ) {
    const verdict = await ctx.limiter.hit(LIMITS.complaint, ctx.ip);
    if (!verdict.allowed) throw rateLimited(verdict);
    return payload(async () => ({ complaint: await ctx.em.transactional((em) => fileComplaint(em, input)) }));
  }

  @Mutation(() => ComplaintAnswerPayload, {
    description:
      'Answers a complaint with a message to the consumer and a new status. Who: the organization the complaint was routed to, with a write key.',
  })
  complaintAnswer(
    @Arg('input', () => ComplaintAnswerInput, { description: 'The answer.' }) input: ComplaintAnswerInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({ complaint: await ctx.em.transactional((em) => answerComplaint(em, v, input)) }));
  }

  @Query(() => Complaint, {
    nullable: true,
    description:
      'A complaint by its tracking code, as the consumer follows it (without the contact); null when none matches. ' +
      'A malformed code is an INVALID_TRACKING_CODE error. Who: anyone holding the code.',
  })
  complaint(
    @Arg('trackingCode', () => String, { description: 'The tracking code given at filing.' }) trackingCode: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(Complaint, { trackingCode: trackingCodeArg(trackingCode) });
  }

  @Query(() => ComplaintConnection, {
    description:
      'Complaints routed to the calling organization, newest first unless `orderBy` says otherwise; regulators see all. Who: an organization with any key.',
  })
  async complaints(@Args(() => ComplaintsArgs) args: ComplaintsArgs, @Ctx() ctx: Context) {
    if (ctx.viewer.kind !== 'organization') throw unauthenticated();
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const where: Record<string, unknown> = { ...complaintListFilter(ctx.viewer) };
    if (args.status) where.status = args.status;
    if (args.overdueOnly) where.$or = [{ firstAnsweredAt: null, responseDueAt: { $lt: new Date() } }];
    if (args.openOnly) where.closedAt = null;
    if (args.responsible) where.responsible = idArg('Organization', args.responsible, 'responsible');
    if (args.product) where.lot = { product: idArg('Product', args.product, 'product') };
    const options = {
      orderBy: COMPLAINT_ORDER[args.orderBy ?? ComplaintOrder.NEWEST],
      limit: page.limit,
      offset: page.offset,
    };
    const [items, total] = await ctx.em.findAndCount(Complaint, where, options);
    return toConnection(items, page, total);
  }

  @FieldResolver(() => Lot, { description: 'The lot complained about.' })
  lot(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(c.lot.id);
  }

  @FieldResolver(() => Organization, {
    description: 'The organization that answers: the seller under its commitment, or the producer.',
  })
  responsible(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.responsible.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The store the consumer named.' })
  purchasedFrom(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.purchasedFrom ? ctx.loaders.organization.load(c.purchasedFrom.id) : null;
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description: 'The commitment version that routed it to the seller.',
  })
  commitment(@Root() c: Complaint, @Ctx() ctx: Context) {
    return c.commitment ? ctx.loaders.commitment.load(c.commitment.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The consumer's contact: only for the answering organization.",
  })
  contact(@Root() c: Complaint, @Ctx() ctx: Context) {
    return canSeeComplainantContact(ctx.viewer, { responsibleId: c.responsible.id }) ? c.contact : null;
  }

  @FieldResolver(() => [ComplaintAnswer], { description: 'Answers, oldest first.' })
  answers(@Root() c: Complaint, @Ctx() ctx: Context) {
    return ctx.loaders.answersByComplaint.load(c.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the first answer is late: none by the deadline, or given after it.',
  })
  overdue(@Root() c: Complaint): boolean {
    return isOverdue(c);
  }
}

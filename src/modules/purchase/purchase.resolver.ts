import { GraphQLError } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { connectionOf, pageArgs, toConnection } from '../../common/connection';
import { findByGlobalId } from '../../common/find-by-id';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { InputError, payload } from '../../common/user-error';
import { LIMITS, rateLimited } from '../../app/rate-limit';
import { PersonalDataAccess } from '../access/personal-data-access.entity';
import { forbidden, unauthenticated } from '../access/viewer';
import { ALERTS_QUEUED } from '../alert/alert.worker';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { Person } from '../person/person.entity';
import { RecallStatus } from '../recall/recall.enums';
import { Recall } from '../recall/recall.entity';
import { recentStepUp, STEP_UP_MINUTES } from '../auth/step-up.service';
import { deleteRegistration, purchasersOfRecall, registerPurchase } from './purchase.service';
import { mayReadPurchaserContacts } from '../access/visibility';
import {
  PurchaseRegisterInput,
  PurchaseRegisterPayload,
  PurchaseRegistrationDeletePayload,
  PurchaseRegistrationReceipt,
  RecallPurchaser,
} from './purchase.types';

const RecallPurchaserConnection = connectionOf('RecallPurchaser', RecallPurchaser, 'registered purchaser');
const PersonalDataAccessConnection = connectionOf('PersonalDataAccess', PersonalDataAccess, 'personal data access');

function requireRegulator(ctx: Context) {
  if (ctx.viewer.kind !== 'organization') throw unauthenticated();
  if (!mayReadPurchaserContacts(ctx.viewer)) throw forbidden('Only regulators may read this.');
  return ctx.viewer;
}

@Resolver()
export class PurchaseResolver {
  @Mutation(() => PurchaseRegisterPayload, {
    description:
      'Registers a purchase so that the consumer is told of recalls of the lot. Who: anyone (no key); limited per address.',
  })
  async purchaseRegister(
    @Arg('input', () => PurchaseRegisterInput, { description: 'The lot and the contact.' })
    input: PurchaseRegisterInput,
    @Ctx() ctx: Context,
  ) {
    const verdict = await ctx.limiter.hit(LIMITS.purchaseRegistration, ctx.ip);
    if (!verdict.allowed) throw rateLimited(verdict);
    return payload(async () => {
      const registered = await ctx.em.transactional((em) => registerPurchase(em, input));
      if (registered.alertsQueued) await ctx.bus.publish(ALERTS_QUEUED, {});
      return { registration: Object.assign(new PurchaseRegistrationReceipt(), registered) };
    });
  }

  @Mutation(() => PurchaseRegistrationDeletePayload, {
    description: 'Deletes a purchase registration with its deletion code. Who: anyone holding the code.',
  })
  purchaseRegistrationDelete(
    @Arg('deletionCode', () => String, { description: 'The code shown at registration.' }) deletionCode: string,
    @Ctx() ctx: Context,
  ) {
    return payload(
      async () => {
        await ctx.em.transactional((em) => deleteRegistration(em, deletionCode));
        return { deleted: true };
      },
      { deleted: false },
    );
  }

  @Query(() => RecallPurchaserConnection, {
    description:
      "Contacts of consumers who registered purchases of lots in an active recall's scope, to tell them of the recall. " +
      'Who: regulators; every call is written to the personal data access log with its reason. A person in the console ' +
      `must give a reason (REASON_REQUIRED) and have passed a passkey check in the last ${STEP_UP_MINUTES} minutes (STEP_UP_REQUIRED).`,
  })
  async recallPurchasers(
    @Arg('recall', () => ID, { description: 'The recall.' }) recallId: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why the contacts are read (logged); required of a person.',
    })
    reason?: string | null,
  ) {
    const viewer = requireRegulator(ctx);
    const why = reason?.trim().slice(0, 500) || null;
    if (viewer.actor.kind === 'person') {
      if (!why)
        throw new GraphQLError('Say why you read these contacts.', {
          extensions: { code: 'REASON_REQUIRED', field: ['reason'] },
        });
      if (!(await recentStepUp(ctx.em, viewer.actor.sessionId)))
        throw new GraphQLError(`Confirm with your passkey first (within ${STEP_UP_MINUTES} minutes).`, {
          extensions: { code: 'STEP_UP_REQUIRED' },
        });
    }
    const page = pageOrThrow(pageArgs(args.first, args.after));
    let recall: Recall;
    try {
      recall = await findByGlobalId(ctx.em, Recall, recallId, ['recall']);
    } catch (err) {
      if (err instanceof InputError)
        throw new GraphQLError(err.errors[0].message, { extensions: { code: err.errors[0].code } });
      throw err;
    }
    if (recall.status !== RecallStatus.ACTIVE) {
      throw new GraphQLError('Contacts are given out only for an active recall.', {
        extensions: { code: 'RECALL_NOT_ACTIVE' },
      });
    }
    const { rows, total } = await ctx.em.transactional((em) =>
      purchasersOfRecall(em, viewer, recall, page.limit, page.offset, why),
    );
    return toConnection(
      rows.map((r) => Object.assign(new RecallPurchaser(), r)),
      page,
      total,
    );
  }

  @Query(() => PersonalDataAccessConnection, {
    description:
      "The personal data access log, newest first: every regulator read of consumers' contacts. Who: regulators.",
  })
  async personalDataAccesses(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    requireRegulator(ctx);
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const [items, total] = await ctx.em.findAndCount(
      PersonalDataAccess,
      {},
      { orderBy: { at: 'desc', id: 'asc' }, limit: page.limit, offset: page.offset },
    );
    return toConnection(items, page, total);
  }
}

@Resolver(() => RecallPurchaser)
export class RecallPurchaserResolver {
  @FieldResolver(() => Lot, { description: 'The lot the consumer bought.' })
  lot(@Root() p: RecallPurchaser, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(p.lotId);
  }
}

@Resolver(() => PersonalDataAccess)
export class PersonalDataAccessResolver {
  @FieldResolver(() => Organization, { description: 'The regulator that read.' })
  organization(@Root() a: PersonalDataAccess, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(a.organization.id);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The regulator's person who read, in the console; null when an API key did.",
  })
  person(@Root() a: PersonalDataAccess, @Ctx() ctx: Context) {
    return a.personId ? ctx.loaders.person.load(a.personId) : null;
  }
}

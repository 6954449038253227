import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { decodeIdOf } from '../../common/global-id';
import { pageOrThrow } from '../../common/paging';
import { payload } from '../../common/user-error';
import { requireAdmin } from '../access/viewer';
import { AccountEvent } from '../auth/account-event.entity';
import type { Client } from '../auth/account-log';
import { Organization } from '../organization/organization.entity';
import { Person } from './person.entity';
import { PersonRole } from './person.enums';
import {
  changeRole,
  invitePerson,
  issueNewLink,
  linkUrl,
  listPeople,
  reactivatePerson,
  suspendPerson,
  type IssuedLink,
} from './person.service';
import {
  AccountEventConnection,
  AccountEventsArgs,
  PeopleArgs,
  PersonConnection,
  PersonInviteInput,
  PersonLinkPayload,
  PersonPayload,
} from './person.types';

const PERSON_ARG = { description: 'The person (of the calling organization).' };

function clientOf(ctx: Context): Client {
  return { ip: ctx.ip, userAgent: ctx.userAgent ?? '' };
}

function linkPayload(ctx: Context, l: IssuedLink) {
  return { person: l.person, link: linkUrl(ctx.baseUrl, l.token), linkExpiresAt: l.expiresAt };
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organization, { description: 'The organization the person acts for.' })
  organization(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(p.organization.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When the person's open one-time link stops working; null when none is open.",
  })
  linkExpiresAt(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.openLinkEnd.load(p.id);
  }

  @Query(() => PersonConnection, {
    description: "The calling organization's people, by name. Who: an ADMIN key or ADMIN person.",
  })
  async people(@Args(() => PeopleArgs) args: PeopleArgs, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const [items, total] = await listPeople(ctx.em, v.organizationId, page, args.includeSuspended);
    return toConnection(items, page, total);
  }

  @Mutation(() => PersonLinkPayload, {
    description:
      'Invites a person to the calling organization: the payload holds a one-time link (valid 72 hours) for them to ' +
      'set a password. Who: an ADMIN key or ADMIN person.',
  })
  personInvite(
    @Arg('input', () => PersonInviteInput, { description: 'Name, login and role.' }) input: PersonInviteInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () =>
      linkPayload(ctx, await ctx.em.transactional((em) => invitePerson(em, v.organizationId, input, v, clientOf(ctx)))),
    );
  }

  @Mutation(() => PersonLinkPayload, {
    description:
      'Issues a new one-time link for a person: the invitation again, or a password reset for an active person ' +
      '(their sessions end when they use it). Earlier links stop working. Who: an ADMIN key or ADMIN person.',
  })
  personLinkIssue(@Arg('person', () => ID, PERSON_ARG) person: string, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () =>
      linkPayload(
        ctx,
        await ctx.em.transactional((em) => issueNewLink(em, v.organizationId, person, v, clientOf(ctx))),
      ),
    );
  }

  @Mutation(() => PersonPayload, {
    description:
      "Changes a person's role; it applies to their open sessions at once. The last active ADMIN cannot lose the " +
      'role (LAST_ADMIN). Who: an ADMIN key or ADMIN person.',
  })
  personRoleChange(
    @Arg('person', () => ID, PERSON_ARG) person: string,
    @Arg('role', () => PersonRole, { description: 'The new role.' }) role: PersonRole,
    @Ctx() ctx: Context,
  ) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () => ({
      person: await ctx.em.transactional((em) => changeRole(em, v.organizationId, person, role, v, clientOf(ctx))),
    }));
  }

  @Mutation(() => PersonPayload, {
    description:
      'Suspends a person: every session of theirs ends at once on every server, and their open links stop working. ' +
      'The last active ADMIN cannot be suspended (LAST_ADMIN). Who: an ADMIN key or ADMIN person.',
  })
  personSuspend(@Arg('person', () => ID, PERSON_ARG) person: string, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () => ({
      person: await ctx.em.transactional((em) => suspendPerson(em, v.organizationId, person, v, clientOf(ctx))),
    }));
  }

  @Mutation(() => PersonPayload, {
    description: 'Lets a suspended person sign in again. Who: an ADMIN key or ADMIN person.',
  })
  personReactivate(@Arg('person', () => ID, PERSON_ARG) person: string, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () => ({
      person: await ctx.em.transactional((em) => reactivatePerson(em, v.organizationId, person, v, clientOf(ctx))),
    }));
  }
}

@Resolver(() => AccountEvent)
export class AccountEventResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person it is about; null for a sign-in with an unknown login or passkey.',
  })
  person(@Root() e: AccountEvent, @Ctx() ctx: Context) {
    return e.personId ? ctx.loaders.person.load(e.personId) : null;
  }

  @Query(() => AccountEventConnection, {
    description:
      "The calling organization's account log, newest first: its people's sign-ins, refused sign-ins, sign-outs and " +
      'changes. Who: an ADMIN key or ADMIN person.',
  })
  async accountEvents(@Args(() => AccountEventsArgs) args: AccountEventsArgs, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const where: Record<string, unknown> = { organizationId: v.organizationId };
    if (args.person) {
      const d = decodeIdOf('Person', args.person);
      // Another organization's person, or no person, has no entries here.
      where.personId = 'id' in d ? d.id : '00000000-0000-0000-0000-000000000000';
    }
    const [items, total] = await ctx.em.findAndCount(AccountEvent, where, {
      orderBy: { at: 'desc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, page, total);
  }
}

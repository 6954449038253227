import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { toRegion, Region } from '../../common/region.type';
import { payload } from '../../common/user-error';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { creditCodeArg, regionPrefixArg } from '../../common/query-args';
import { requireWriter } from '../access/viewer';
import { Location } from './location.entity';
import { OrganizationRole } from './organization.enums';
import { Organization } from './organization.entity';
import { createLocation } from './organization.service';
import { LocationCreateInput, LocationCreatePayload, OrganizationConnection, ViewerInfo } from './organization.types';

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationRole, { nullable: true, description: 'Only organizations holding this role.' })
  role?: OrganizationRole;
  @Field(() => String, {
    nullable: true,
    description:
      'Only organizations whose region code starts with this, e.g. "41" for Henan, "4101" for Zhengzhou; ' +
      'not digits: INVALID_REGION_CODE.',
  })
  regionPrefix?: string;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => ViewerInfo, { description: 'Who the API sees as the caller.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo> {
    if (ctx.viewer.kind === 'public') return { organization: null, scope: null, person: null };
    const { actor } = ctx.viewer;
    return {
      organization: await ctx.loaders.organization.load(ctx.viewer.organizationId),
      scope: ctx.viewer.scope,
      person: actor.kind === 'person' ? await ctx.loaders.person.load(actor.personId) : null,
    };
  }

  @Query(() => Organization, {
    nullable: true,
    description:
      'An organization by its Unified Social Credit Code; null when none matches. ' +
      'A malformed code is an INVALID_CREDIT_CODE error.',
  })
  organization(
    @Arg('creditCode', () => String, { description: '18-character credit code.' }) creditCode: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.findOne(Organization, { creditCode: creditCodeArg(creditCode) });
  }

  @Query(() => OrganizationConnection, { description: 'Organizations on the platform, by name.' })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const where: Record<string, unknown> = {};
    if (args.role) where.roles = { $contains: [args.role] };
    if (args.regionPrefix != null) where.regionCode = { $like: `${regionPrefixArg(args.regionPrefix)}%` };
    const [items, total] = await ctx.em.findAndCount(Organization, where, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, page, total);
  }

  @FieldResolver(() => Region, { description: 'Region of the registered seat.' })
  region(@Root() org: Organization): Region {
    return toRegion(org.regionCode);
  }

  @FieldResolver(() => [Location], { description: 'Factories, warehouses, stores, offices and laboratories.' })
  locations(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.locationsByOrganization.load(org.id);
  }

  @Mutation(() => LocationCreatePayload, {
    description: 'Adds a site to the calling organization. Who: any organization, with a write key.',
  })
  locationCreate(
    @Arg('input', () => LocationCreateInput, { description: 'What to record.' }) input: LocationCreateInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      location: await ctx.em.transactional((em) => createLocation(em, v.organizationId, input)),
    }));
  }
}

@Resolver(() => Location)
export class LocationResolver {
  @FieldResolver(() => Organization, { description: 'The organization the site belongs to.' })
  organization(@Root() l: Location, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(l.organization.id);
  }

  @FieldResolver(() => Region, { description: 'Region of the site.' })
  region(@Root() l: Location): Region {
    return toRegion(l.regionCode);
  }
}

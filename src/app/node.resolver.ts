import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { fromGlobalId } from '../common/global-id';
import { Node } from '../common/node';
import { canSeeEvent } from '../modules/access/visibility';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { Certification } from '../modules/certification/certification.entity';
import { Commitment } from '../modules/commitment/commitment.entity';
import { CustodyEvent } from '../modules/custody/custody-event.entity';
import { DeclaredStandard, StandardDeclaration } from '../modules/declaration/declaration.entity';
import { Lot } from '../modules/lot/lot.entity';
import { Location } from '../modules/organization/location.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Product } from '../modules/product/product.entity';
import { Recall } from '../modules/recall/recall.entity';
import { SpotCheck } from '../modules/spot-check/spot-check.entity';
import {
  canSeeApiKey,
  canSeeComplaint,
  canSeePerson,
  canSeeRecall,
  canSeeSpotCheck,
} from '../modules/access/visibility';
import { Complaint } from '../modules/complaint/complaint.entity';
import { AccountEvent } from '../modules/auth/account-event.entity';
import { Person } from '../modules/person/person.entity';
import type { Context } from './context';
import { CustodyImport } from '../modules/custody-import/custody-import.entity';

/** Every type that `node(id:)` can refetch, by GraphQL type name. */
const NODE_TYPES: Record<string, new () => Node> = {
  Organization,
  Location,
  Product,
  StandardDeclaration,
  DeclaredStandard,
  Certification,
  Lot,
  CustodyEvent,
  Commitment,
  Recall,
  SpotCheck,
  ApiKey,
  Person,
  AccountEvent,
  Complaint,
  CustodyImport,
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Refetches any object by its global ID; null when unknown, malformed or not visible to the viewer.',
  })
  node(@Arg('id', () => ID, { description: 'A global ID.' }) id: string, @Ctx() ctx: Context) {
    return this.load(id, ctx);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Refetches up to 100 objects by global ID, in order; null for each unknown, malformed or invisible one.',
  })
  nodes(@Arg('ids', () => [ID], { description: 'Global IDs.' }) ids: string[], @Ctx() ctx: Context) {
    return Promise.all(ids.slice(0, 100).map((id) => this.load(id, ctx)));
  }

  private async load(globalId: string, ctx: Context): Promise<Node | null> {
    const d = fromGlobalId(globalId);
    const entity = d && NODE_TYPES[d.type];
    if (!d || !entity) return null;
    const found = (await ctx.em.findOne(entity, { id: d.id } as never)) as Node | null;
    if (
      found instanceof CustodyEvent &&
      !canSeeEvent(ctx.viewer, {
        organizationId: found.organization.id,
        counterpartyId: found.counterparty?.id ?? null,
      })
    )
      return null;
    if (found instanceof ApiKey && !canSeeApiKey(ctx.viewer, found.organization.id)) return null;
    if (
      found instanceof Person &&
      !canSeePerson(ctx.viewer, { organizationId: found.organization.id, personId: found.id })
    )
      return null;
    if (found instanceof AccountEvent && !(found.organizationId && canSeeApiKey(ctx.viewer, found.organizationId)))
      return null;
    if (found instanceof Complaint && !canSeeComplaint(ctx.viewer, { responsibleId: found.responsible.id }))
      return null;
    if (found instanceof Recall && !canSeeRecall(ctx.viewer, { status: found.status, initiatorId: found.initiator.id }))
      return null;
    // An import is its organization's own working paper: no one else sees it, regulators included.
    if (
      found instanceof CustodyImport &&
      !(ctx.viewer.kind === 'organization' && ctx.viewer.organizationId === found.organization.id)
    )
      return null;
    if (found instanceof SpotCheck) {
      const lot = await ctx.loaders.lot.load(found.lot.id);
      if (!canSeeSpotCheck(ctx.viewer, { holderId: found.holder.id, producerId: lot!.owner.id })) return null;
    }
    return found;
  }
}

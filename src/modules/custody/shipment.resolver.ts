import { Arg, Args, Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { connectionOf, pageArgs, toConnection } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { canSeeHolderQuantities } from '../access/visibility';
import { Organization } from '../organization/organization.entity';
import { CustodyEvent } from './custody-event.entity';
import { CustodyEventType } from './custody.enums';
import { ownLocationArg } from './location-arg';
import { incomingShipments } from './shipment.service';

export const IncomingShipmentConnection = connectionOf('IncomingShipment', CustodyEvent, 'shipment on its way');

@Resolver(() => Organization)
export class OrganizationShipmentsResolver {
  @FieldResolver(() => IncomingShipmentConnection, {
    nullable: true,
    description:
      'Shipments on their way to this organization, not yet received in full, oldest first: each a ' +
      'SHIPPED event with its lot, sender (`organization`), destination (`counterpartyLocation`), quantity and ' +
      '`quantityToReceive`; receive one with `custodyEventsRecord` naming it as `shipment`. Null unless the viewer ' +
      'is this organization or a regulator.',
  })
  async incomingShipments(
    @Root() org: Organization,
    @Args(() => PageArgs) args: PageArgs,
    @Arg('location', () => ID, { nullable: true, description: 'Only shipments to this location of the organization.' })
    location: string | null,
    @Ctx() ctx: Context,
  ) {
    if (!canSeeHolderQuantities(ctx.viewer, org.id)) return null;
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const locationId = location ? await ownLocationArg(ctx, org.id, location) : null;
    const { rows, total } = await incomingShipments(ctx.em, org.id, locationId, page.limit, page.offset);
    for (const r of rows) {
      ctx.loaders.custodyEvent.prime(r.event.id, r.event);
      ctx.loaders.toReceive.prime(r.event.id, r.toReceive);
    }
    return toConnection(
      rows.map((r) => r.event),
      page,
      total,
    );
  }
}

@Resolver(() => CustodyEvent)
export class ShipmentFieldsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'SHIPPED: the quantity still to be received (the quantity less its live receipts); null otherwise.',
  })
  quantityToReceive(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.type === CustodyEventType.SHIPPED ? ctx.loaders.toReceive.load(e.id) : null;
  }
}

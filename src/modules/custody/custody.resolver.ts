import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection, connectionOf } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { payload } from '../../common/user-error';
import { canSeeHolderQuantities, eventVisibilitySql } from '../access/visibility';
import { requireWriter } from '../access/viewer';
import { Commitment } from '../commitment/commitment.entity';
import { Recall } from '../recall/recall.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { CustodyEvent } from './custody-event.entity';
import { BIZ_STEP } from './custody.enums';
import { recordCustodyEvents } from './custody.service';
import { CustodyEventConnection, CustodyEventsRecordInput, CustodyEventsRecordPayload } from './custody.types';
import { ownLocationArg } from './location-arg';
import { stockOfOrganization } from './stock.service';
import { pagesChanged } from '../scan/page-changes';

@ObjectType('StockEntry', { description: 'A quantity of a lot on hand at one location.' })
export class StockEntry {
  lotId!: string;
  locationId!: string;
  @Field(() => Float, { description: 'On-hand quantity, in the unit of the lot.' })
  onHand!: number;
}
export const StockConnection = connectionOf('Stock', StockEntry, 'stock entry');

@ArgsType()
class StockArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only stock under an active recall (its sale and onward shipment are stopped); ' +
      'false: only the rest; default: all.',
  })
  underActiveRecall?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only stock at this location of the organization.' })
  location?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only lots whose lot number, GTIN or product name (Chinese or English) contains this text, any ' +
      'case (at most 100 characters), e.g. "ABS" or "2407".',
  })
  search?: string | null;
}

@Resolver(() => CustodyEvent)
export class CustodyEventResolver {
  @FieldResolver(() => String, { description: 'CBV 2.0 business step of the matching EPCIS event, e.g. "shipping".' })
  bizStep(@Root() e: CustodyEvent): string {
    return BIZ_STEP[e.type];
  }

  @FieldResolver(() => Lot, { description: 'The lot.' })
  lot(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(e.lot.id);
  }

  @FieldResolver(() => Organization, { description: 'The holder that recorded it.' })
  organization(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(e.organization.id);
  }

  @FieldResolver(() => Location, { description: 'Where it happened.' })
  location(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(e.location.id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The other party: receiver of a shipment, shipper of a receipt.',
  })
  counterparty(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.counterparty ? ctx.loaders.organization.load(e.counterparty.id) : null;
  }

  @FieldResolver(() => Location, { nullable: true, description: "The other party's location." })
  counterpartyLocation(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.counterpartyLocation ? ctx.loaders.location.load(e.counterpartyLocation.id) : null;
  }

  @FieldResolver(() => CustodyEvent, { nullable: true, description: 'RECEIVED: the shipment received.' })
  shipment(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.shipment ? ctx.loaders.custodyEvent.load(e.shipment.id) : null;
  }

  @FieldResolver(() => CustodyEvent, { nullable: true, description: 'The event this one corrects.' })
  corrects(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.corrects ? ctx.loaders.custodyEvent.load(e.corrects.id) : null;
  }

  @FieldResolver(() => CustodyEvent, {
    nullable: true,
    description: 'The event that corrects this one; when set, this one no longer counts.',
  })
  correctedBy(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return ctx.loaders.correctionOf.load(e.id);
  }

  @FieldResolver(() => Lot, { nullable: true, description: 'CONSUMED: the lot it went into.' })
  outputLot(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.outputLot ? ctx.loaders.lot.load(e.outputLot.id) : null;
  }

  @FieldResolver(() => Commitment, {
    nullable: true,
    description: "SOLD: the seller's commitment version in force at the sale that covers it.",
  })
  commitment(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.commitment ? ctx.loaders.commitment.load(e.commitment.id) : null;
  }

  @FieldResolver(() => Recall, { nullable: true, description: 'The recall whose remedy this event carries out.' })
  recall(@Root() e: CustodyEvent, @Ctx() ctx: Context) {
    return e.recall ? ctx.loaders.recall.load(e.recall.id) : null;
  }

  @Mutation(() => CustodyEventsRecordPayload, {
    description:
      'Records up to 1,000 custody events of the caller in order, all or nothing; nobody ships, sells or destroys more than it holds at the location. Retrying with the same idempotency key returns the first result. Who: any organization, for its own events, with a write key.',
  })
  custodyEventsRecord(
    @Arg('input', () => CustodyEventsRecordInput, { description: 'What to record.' }) input: CustodyEventsRecordInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(
      async () => {
        const result = await ctx.em.transactional((em) => recordCustodyEvents(em, v, input));
        if (!result.replayed)
          await pagesChanged.lots(
            ctx,
            result.events.map((e) => e.lot.id),
          );
        return result;
      },
      { replayed: false },
    );
  }
}

@Resolver(() => Lot)
export class LotCustodyResolver {
  @FieldResolver(() => CustodyEventConnection, {
    description:
      'Custody events of the lot the viewer may see (events it is named on; all for regulators; none for the public), oldest first.',
  })
  async custodyEvents(@Root() lot: Lot, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const vis = eventVisibilitySql(ctx.viewer);
    if (vis.sql === 'false') return toConnection([], page, 0);
    const rows = await ctx.em.execute<{ id: string; total: string }[]>(
      `select e.id, count(*) over () as total from custody_event e where e.lot_id = ? and ${vis.sql}
        order by e.occurred_at, e.recorded_at, e.id limit ? offset ?`,
      [lot.id, ...vis.params, page.limit, page.offset],
    );
    const events = (await ctx.loaders.custodyEvent.loadMany(rows.map((r) => r.id))) as CustodyEvent[];
    const total = rows.length ? Number(rows[0].total) : 0;
    return toConnection(events, page, total);
  }
}

@Resolver(() => Organization)
export class OrganizationStockResolver {
  @FieldResolver(() => StockConnection, {
    nullable: true,
    description:
      'Lots on hand per location (live events only), each saying whether an active recall stops its sale. ' +
      'Null unless the viewer is this organization or a regulator.',
  })
  async stock(@Root() org: Organization, @Args(() => StockArgs) args: StockArgs, @Ctx() ctx: Context) {
    if (!canSeeHolderQuantities(ctx.viewer, org.id)) return null;
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const locationId = args.location ? await ownLocationArg(ctx, org.id, args.location) : null;
    if (args.search && args.search.length > 100) {
      throw new GraphQLError('search: at most 100 characters.', {
        extensions: { code: 'INVALID_SEARCH', field: ['search'] },
      });
    }
    const filter = { underActiveRecall: args.underActiveRecall ?? null, locationId, search: args.search ?? null };
    const { rows, total } = await stockOfOrganization(ctx.em, org.id, page.limit, page.offset, filter);
    return toConnection(rows, page, total);
  }
}

@Resolver(() => StockEntry)
export class StockEntryResolver {
  @FieldResolver(() => Lot, { description: 'The lot.' })
  lot(@Root() s: StockEntry, @Ctx() ctx: Context) {
    return ctx.loaders.lot.load(s.lotId);
  }

  @FieldResolver(() => Location, { description: 'Where it is.' })
  location(@Root() s: StockEntry, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(s.locationId);
  }

  @FieldResolver(() => [Recall], {
    description:
      'Active recalls that cover the lot, oldest first: while there is one, this stock is not sold or ' +
      'shipped onward (only returned upstream naming the recall, or destroyed).',
  })
  async activeRecalls(@Root() s: StockEntry, @Ctx() ctx: Context) {
    return (await ctx.loaders.activeRecallsByLot.load(s.lotId)).map((r) => r.recall);
  }

  @FieldResolver(() => Boolean, {
    description: 'True while an active recall stops the sale and onward shipment of this stock (see `activeRecalls`).',
  })
  async salesStopped(@Root() s: StockEntry, @Ctx() ctx: Context) {
    return (await ctx.loaders.activeRecallsByLot.load(s.lotId)).length > 0;
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { findByGlobalId } from '../../common/find-by-id';
import { gtinArg, lotNumberArg } from '../../common/query-args';
import { pageOrThrow } from '../../common/paging';
import { payload } from '../../common/user-error';
import { canSeeLotQuantity } from '../access/visibility';
import { forbidden, requireWriter } from '../access/viewer';
import { Certification } from '../certification/certification.entity';
import { PageArgs } from '../../common/page-args';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { Lot } from './lot.entity';
import { recordInputs, registerLot } from './lot.service';
import { LotConnection, LotInputInput, LotPayload, LotRegisterInput } from './lot.types';
import { digitalLinkOf } from './digital-link';
import { pagesChanged } from '../scan/page-changes';
import { lookUpLot } from './lot-lookup';

@Resolver(() => Lot)
export class LotResolver {
  @Query(() => Lot, {
    nullable: true,
    description:
      'A lot by GTIN and lot number, as printed on the package (GS1 AI 01 + AI 10); null when none matches. ' +
      'A malformed argument is an INVALID_GTIN or INVALID_LOT_NUMBER error.',
  })
  async lot(
    @Arg('gtin', () => String, { description: 'GTIN-8, -12, -13 or -14.' }) gtin: string,
    @Arg('lotNumber', () => String, { description: 'Lot number, exactly as printed (GS1 AI 10: 1 to 20 characters).' })
    lotNumber: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return lookUpLot(ctx, gtinArg(gtin), lotNumberArg(lotNumber), info);
  }

  @FieldResolver(() => Product, { description: 'The product (trade item) of the lot.' })
  product(@Root() lot: Lot, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(lot.product.id);
  }

  @FieldResolver(() => Organization, { description: 'Who made the lot.' })
  producer(@Root() lot: Lot, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(lot.owner.id);
  }

  @FieldResolver(() => Location, { description: 'Where the lot was made.' })
  productionLocation(@Root() lot: Lot, @Ctx() ctx: Context) {
    return ctx.loaders.location.load(lot.location.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Quantity made. Null unless the viewer is the producer or a regulator.',
  })
  quantity(@Root() lot: Lot, @Ctx() ctx: Context): number | null {
    return canSeeLotQuantity(ctx.viewer, lot.owner.id) ? lot.quantity : null;
  }

  @FieldResolver(() => StandardDeclaration, {
    nullable: true,
    description: 'The standard declaration version in force on the production date; null when the product had none.',
  })
  declaration(@Root() lot: Lot, @Ctx() ctx: Context) {
    return lot.declaration ? ctx.loaders.declaration.load(lot.declaration.id) : null;
  }

  @FieldResolver(() => [Certification], {
    description:
      'Certificates and reports of the product whose validity covers the production date, with their status now.',
  })
  async certifications(@Root() lot: Lot, @Ctx() ctx: Context) {
    const all = await ctx.loaders.certificationsByProduct.load(lot.product.id);
    return all.filter((c) => c.validFrom <= lot.producedOn && (!c.validUntil || c.validUntil >= lot.producedOn));
  }

  @FieldResolver(() => String, { description: 'The GS1 Digital Link URI of the lot, as encoded in its QR code.' })
  async digitalLink(@Root() lot: Lot, @Ctx() ctx: Context): Promise<string> {
    const product = await ctx.loaders.product.load(lot.product.id);
    return digitalLinkOf(ctx.baseUrl, product!.gtin, lot.lotNumber);
  }

  @Mutation(() => LotPayload, {
    description:
      "Registers a lot of the caller's product made at one of its locations, with the input lots it consumed (a transformation). The lot keeps the declaration version in force on its production date. Who: the product's producer (or supplier, for materials), with a write key.",
  })
  lotRegister(
    @Arg('product', () => ID, { description: 'The product the lot is of.' }) productId: string,
    @Arg('input', () => LotRegisterInput, { description: 'What to record.' }) input: LotRegisterInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      lot: await ctx.em
        .transactional(async (em) => {
          const product = await findByGlobalId(em, Product, productId, ['product']);
          if (product.owner.id !== v.organizationId) throw forbidden("Only the product's producer registers its lots.");
          return registerLot(em, v, product, input);
        })
        .then(async (lot) => {
          await pagesChanged.lots(ctx, [lot.id], true);
          return lot;
        }),
    }));
  }

  @Mutation(() => LotPayload, {
    description:
      "Records further input lots of an existing lot (a transformation recorded after the fact), consumed from the caller's stock at the lot's production location. Refuses a cycle. Who: the lot's producer, with a write key.",
  })
  lotInputsRecord(
    @Arg('lot', () => ID, { description: 'The output lot.' }) lotId: string,
    @Arg('inputs', () => [LotInputInput], { description: 'The inputs.' }) inputs: LotInputInput[],
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      lot: await ctx.em
        .transactional(async (em) => recordInputs(em, v, await findByGlobalId(em, Lot, lotId, ['lot']), inputs))
        .then(async (lot) => {
          await pagesChanged.lots(ctx, [lot.id], true);
          return lot;
        }),
    }));
  }
}

@Resolver(() => Product)
export class ProductLotsResolver {
  @FieldResolver(() => LotConnection, { description: 'Lots of the product, newest production first.' })
  async lots(@Root() p: Product, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const [items, total] = await ctx.em.findAndCount(
      Lot,
      { product: p.id },
      { orderBy: { producedOn: 'desc', lotNumber: 'asc' }, limit: page.limit, offset: page.offset },
    );
    return toConnection(items, page, total);
  }
}

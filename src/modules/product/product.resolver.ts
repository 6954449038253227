import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { pageArgs, toConnection } from '../../common/connection';
import { gtinArg } from '../../common/query-args';
import { PageArgs } from '../../common/page-args';
import { pageOrThrow } from '../../common/paging';
import { Region, toRegion } from '../../common/region.type';
import { payload } from '../../common/user-error';
import { requireWriter } from '../access/viewer';
import { OrganizationRole } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { ProductCategory } from './product.enums';
import { Product } from './product.entity';
import { registerProduct } from './product.service';
import { ProductConnection, ProductRegisterInput, ProductRegisterPayload } from './product.types';

@ArgsType()
export class ProductsArgs extends PageArgs {
  @Field(() => ProductCategory, { nullable: true, description: 'Only this category.' })
  category?: ProductCategory;
}

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, {
    nullable: true,
    description: 'A product by GTIN; null when none matches. A malformed GTIN or check digit is an INVALID_GTIN error.',
  })
  product(@Arg('gtin', () => String, { description: 'GTIN-8, -12, -13 or -14.' }) gtin: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Product, { gtin: gtinArg(gtin) });
  }

  @Query(() => ProductConnection, { description: 'Registered products, by name.' })
  async products(@Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const where = args.category ? { category: args.category } : {};
    const [items, total] = await ctx.em.findAndCount(Product, where, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, page, total);
  }

  @FieldResolver(() => Organization, { description: 'The producer (or supplier, for materials) that makes the item.' })
  producer(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(p.owner.id);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'Place of production in China (GB/T 2260), when declared.',
  })
  originRegion(@Root() p: Product): Region | null {
    return p.originRegionCode ? toRegion(p.originRegionCode) : null;
  }

  @Mutation(() => ProductRegisterPayload, {
    description:
      'Registers a trade item with its label disclosures. Who: a PRODUCER (any category) or a SUPPLIER (MATERIAL only), with a write key.',
  })
  productRegister(
    @Arg('input', () => ProductRegisterInput, { description: 'What to record.' }) input: ProductRegisterInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer, [OrganizationRole.PRODUCER, OrganizationRole.SUPPLIER]);
    return payload(async () => ({ product: await ctx.em.transactional((em) => registerProduct(em, v, input)) }));
  }
}

@Resolver(() => Organization)
export class OrganizationProductsResolver {
  @FieldResolver(() => ProductConnection, { description: 'Products the organization makes.' })
  async products(@Root() org: Organization, @Args(() => ProductsArgs) args: ProductsArgs, @Ctx() ctx: Context) {
    const page = pageOrThrow(pageArgs(args.first, args.after));
    const where = { owner: org.id, ...(args.category ? { category: args.category } : {}) };
    const [items, total] = await ctx.em.findAndCount(Product, where, {
      orderBy: { name: 'asc', id: 'asc' },
      limit: page.limit,
      offset: page.offset,
    });
    return toConnection(items, page, total);
  }
}

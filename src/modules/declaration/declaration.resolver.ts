import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { findByGlobalId } from '../../common/find-by-id';
import { payload } from '../../common/user-error';
import { forbidden, requireWriter } from '../access/viewer';
import { Product } from '../product/product.entity';
import { DeclaredStandard, StandardDeclaration } from './declaration.entity';
import { endOfDayInChina, inForceAt, publishDeclaration } from './declaration.service';
import { dateArg } from '../../common/query-args';
import { DeclarationPublishInput, DeclarationPublishPayload } from './declaration.types';
import { pagesChanged } from '../scan/page-changes';

@Resolver(() => StandardDeclaration)
export class DeclarationResolver {
  @FieldResolver(() => Product, { description: 'The product declared.' })
  product(@Root() d: StandardDeclaration, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(d.product.id);
  }

  @FieldResolver(() => [DeclaredStandard], { description: 'The standards declared, in the order given.' })
  standards(@Root() d: StandardDeclaration, @Ctx() ctx: Context) {
    return ctx.loaders.standardsByDeclaration.load(d.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the next version took or takes over; null while this is the latest.',
  })
  async validUntil(@Root() d: StandardDeclaration, @Ctx() ctx: Context): Promise<Date | null> {
    const all = await ctx.loaders.declarationsByProduct.load(d.product.id);
    return all.find((x) => x.version === d.version + 1)?.validFrom ?? null;
  }

  @Mutation(() => DeclarationPublishPayload, {
    description:
      "Publishes a new version of a product's standard self-declaration (企业标准自我声明); earlier versions stay, and lots keep the version in force on their production date. Who: the product's producer, with a write key.",
  })
  declarationPublish(
    @Arg('product', () => ID, { description: 'The product declared.' }) productId: string,
    @Arg('input', () => DeclarationPublishInput, { description: 'What to record.' }) input: DeclarationPublishInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      declaration: await ctx.em
        .transactional(async (em) => {
          const product = await findByGlobalId(em, Product, productId, ['product']);
          if (product.owner.id !== v.organizationId)
            throw forbidden("Only the product's producer declares its standards.");
          return publishDeclaration(em, product, input);
        })
        .then(async (declaration) => {
          await pagesChanged.product(ctx, (await ctx.loaders.product.load(declaration.product.id))!.gtin);
          return declaration;
        }),
    }));
  }
}

@Resolver(() => Product)
export class ProductDeclarationResolver {
  @FieldResolver(() => [StandardDeclaration], {
    description: 'Every version of the standard self-declaration, newest first.',
  })
  declarations(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.declarationsByProduct.load(p.id);
  }

  @FieldResolver(() => StandardDeclaration, {
    nullable: true,
    description: 'The declaration version in force now; null when none is.',
  })
  async currentDeclaration(@Root() p: Product, @Ctx() ctx: Context) {
    const now = new Date();
    return inForceAt(await ctx.loaders.declarationsByProduct.load(p.id), now);
  }

  @FieldResolver(() => StandardDeclaration, {
    nullable: true,
    description:
      'The declaration version in force on a day (China time): the one a lot produced that day keeps ' +
      '(see `lotRegister`); null when none was. A malformed date is an INVALID_DATE error.',
  })
  async declarationOn(
    @Root() p: Product,
    @Arg('date', () => String, { description: 'The day, YYYY-MM-DD, e.g. a production date.' }) date: string,
    @Ctx() ctx: Context,
  ) {
    const at = endOfDayInChina(dateArg(date));
    return inForceAt(await ctx.loaders.declarationsByProduct.load(p.id), at);
  }
}

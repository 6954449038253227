import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { payload } from '../../common/user-error';
import { requireWriter } from '../access/viewer';
import { SELLER_ROLES } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { Commitment } from './commitment.entity';
import { commitmentInForce, publishCommitment, revokeCommitment } from './commitment.service';
import { CommitmentPayload, CommitmentPublishInput } from './commitment.types';
import { pagesChanged } from '../scan/page-changes';

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => Organization, { description: 'The seller that commits.' })
  seller(@Root() c: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.organization.load(c.seller.id);
  }

  @FieldResolver(() => [Product], { description: 'Covered products when `scope` is PRODUCTS; empty otherwise.' })
  async products(@Root() c: Commitment, @Ctx() ctx: Context) {
    return (await ctx.loaders.product.loadMany(c.productIds)).filter((p): p is Product => p instanceof Product);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this version is in force now.' })
  async inForce(@Root() c: Commitment, @Ctx() ctx: Context): Promise<boolean> {
    return commitmentInForce(await ctx.loaders.commitmentsBySeller.load(c.seller.id), new Date())?.id === c.id;
  }

  @Mutation(() => CommitmentPayload, {
    description:
      "Publishes a new version of the caller's first-responsibility commitment (首负承诺); it supersedes the previous version from its `validFrom`, and sales keep the version in force when they happened. Who: a DISTRIBUTOR or RETAILER, with a write key.",
  })
  commitmentPublish(
    @Arg('input', () => CommitmentPublishInput, { description: 'What to record.' }) input: CommitmentPublishInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer, SELLER_ROLES);
    return payload(async () => {
      const commitment = await ctx.em.transactional((em) => publishCommitment(em, v, input));
      await pagesChanged.all(ctx);
      return { commitment };
    });
  }

  @Mutation(() => CommitmentPayload, {
    description:
      "Revokes the caller's commitment in force now. The version stays on record and still covers earlier sales. Who: a DISTRIBUTOR or RETAILER, with a write key.",
  })
  commitmentRevoke(
    @Arg('reason', () => String, { nullable: true, description: 'Why, for the record.' }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer, SELLER_ROLES);
    return payload(async () => {
      const commitment = await ctx.em.transactional((em) => revokeCommitment(em, v, reason));
      await pagesChanged.all(ctx);
      return { commitment };
    });
  }
}

@Resolver(() => Organization)
export class OrganizationCommitmentResolver {
  @FieldResolver(() => Commitment, {
    nullable: true,
    description: 'The first-responsibility commitment in force now, if the organization sells.',
  })
  async commitment(@Root() org: Organization, @Ctx() ctx: Context) {
    return commitmentInForce(await ctx.loaders.commitmentsBySeller.load(org.id), new Date());
  }

  @FieldResolver(() => [Commitment], {
    description: 'Every version of its commitment, newest first, revoked ones included.',
  })
  commitments(@Root() org: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.commitmentsBySeller.load(org.id);
  }
}

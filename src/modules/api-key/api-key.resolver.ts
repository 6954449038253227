import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { payload } from '../../common/user-error';
import { requireAdmin } from '../access/viewer';
import { ApiKey } from './api-key.entity';
import { createApiKey, isActive, listApiKeys, revokeApiKey, rotateApiKey } from './api-key.service';
import { ApiKeyCreateInput, ApiKeyCreatePayload, ApiKeyRevokePayload, GRACE_DESCRIPTION } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the key works now: not revoked and not past its end.' })
  active(@Root() key: ApiKey): boolean {
    return isActive(key);
  }

  @Query(() => [ApiKey], { description: "The calling organization's API keys, newest first. Who: an ADMIN key." })
  async apiKeys(
    @Arg('includeInactive', () => Boolean, {
      defaultValue: false,
      description: 'Also list revoked keys and rotated keys past their end.',
    })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<ApiKey[]> {
    return listApiKeys(ctx.em, requireAdmin(ctx.viewer).organizationId, includeInactive);
  }

  @Mutation(() => ApiKeyCreatePayload, {
    description: 'Creates a key of the calling organization; the key is in the payload, once. Who: an ADMIN key.',
  })
  apiKeyCreate(
    @Arg('input', () => ApiKeyCreateInput, { description: 'Label and scope.' }) input: ApiKeyCreateInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireAdmin(ctx.viewer);
    return payload(() =>
      ctx.em.transactional(async (em) =>
        createApiKey(em, em.getReference('Organization', v.organizationId) as never, input.label, input.scope),
      ),
    );
  }

  @Mutation(() => ApiKeyCreatePayload, {
    description:
      'Replaces a key with a new one of the same label and scope; the new key is in the payload, once. The old one stops now, or after the grace period. Who: an ADMIN key.',
  })
  apiKeyRotate(
    @Arg('id', () => ID, { description: 'The key to replace.' }) id: string,
    @Arg('graceSeconds', () => Int, { defaultValue: 0, description: GRACE_DESCRIPTION }) graceSeconds: number,
    @Ctx() ctx: Context,
  ) {
    const v = requireAdmin(ctx.viewer);
    return payload(() => ctx.em.transactional((em) => rotateApiKey(em, v.organizationId, id, graceSeconds)));
  }

  @Mutation(() => ApiKeyRevokePayload, {
    description:
      "Revokes a key: it fails at once on every server. The organization's last active ADMIN key cannot be revoked. Who: an ADMIN key.",
  })
  apiKeyRevoke(@Arg('id', () => ID, { description: 'The key to revoke.' }) id: string, @Ctx() ctx: Context) {
    const v = requireAdmin(ctx.viewer);
    return payload(async () => ({
      apiKey: await ctx.em.transactional((em) => revokeApiKey(em, v.organizationId, id)),
    }));
  }
}

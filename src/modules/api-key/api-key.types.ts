import { Field, InputType, ObjectType } from 'type-graphql';
import { ApiKeyScope } from '../organization/organization.enums';
import { ApiKey } from './api-key.entity';
import { ApiKeyError } from './api-key.errors';

@InputType('ApiKeyCreateInput', { description: 'A new key of the calling organization.' })
export class ApiKeyCreateInput {
  @Field(() => String, { description: 'What the key is for, 1 to 100 characters, e.g. "warehouse scanner 3".' })
  label!: string;
  @Field(() => ApiKeyScope, { description: 'What the key may do. Give each client the least it needs.' })
  scope!: ApiKeyScope;
}

@ObjectType('ApiKeyCreatePayload', { description: 'Result of `apiKeyCreate` and `apiKeyRotate`.' })
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when refused.' })
  apiKey?: ApiKey | null;
  @Field(() => String, {
    nullable: true,
    description: 'The new key itself, shown this once: store it now. Send it as `Authorization: Bearer <key>`.',
  })
  key?: string | null;
  @Field(() => ApiKey, {
    nullable: true,
    description: '`apiKeyRotate` only: the replaced key, revoked or ending after the grace period.',
  })
  previous?: ApiKey | null;
  @Field(() => [ApiKeyError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof ApiKeyError>[];
}

@ObjectType('ApiKeyRevokePayload', { description: 'Result of `apiKeyRevoke`.' })
export class ApiKeyRevokePayload {
  @Field(() => ApiKey, { nullable: true, description: 'The revoked key; null when refused.' })
  apiKey?: ApiKey | null;
  @Field(() => [ApiKeyError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof ApiKeyError>[];
}

export const GRACE_DESCRIPTION =
  'Seconds the old key keeps working, 0 to 604800 (7 days); 0 (the default) revokes it now.';

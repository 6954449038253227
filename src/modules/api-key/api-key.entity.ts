import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { ApiKeyScope } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';

/** An organization's API key. Only its SHA-256 is stored; the key itself is shown once. */
@ObjectType('ApiKey', {
  implements: Node,
  description:
    "One of an organization's API keys. The key itself is shown once, when created or rotated; only its hash is stored.",
})
@Entity({ tableName: 'api_key' })
export class ApiKey extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: 'string', length: 64, unique: true })
  keyHash!: string;

  /** The first characters of the key, so that people can tell keys apart. */
  @Field(() => String, { description: 'The first 12 characters of the key, to tell keys apart (e.g. "trk_Ab3dE9xY").' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Field(() => String, { description: 'What the key is for, e.g. "warehouse scanner 3".' })
  @Property({ type: 'text' })
  label!: string;

  @Field(() => ApiKeyScope, { description: 'What the key may do.' })
  @Enum({ items: () => ApiKeyScope })
  scope: Opt<ApiKeyScope> = ApiKeyScope.ADMIN;

  @Field(() => Date, { description: 'When the key was created.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the key was last used, to the minute; null if never.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a rotated key stops working (the grace period of `apiKeyRotate`); null: no end.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it is not.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

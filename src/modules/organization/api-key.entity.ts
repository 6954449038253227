import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { ApiKeyScope } from './organization.enums';
import { Organization } from './organization.entity';

/** An organization's API key. Only its SHA-256 is stored; the key itself is shown once. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'cascade' })
  organization!: Organization;

  @Property({ type: 'string', length: 64, unique: true })
  keyHash!: string;

  /** The first characters of the key, so that people can tell keys apart. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'text' })
  label!: string;

  @Enum({ items: () => ApiKeyScope })
  scope: Opt<ApiKeyScope> = ApiKeyScope.ADMIN;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

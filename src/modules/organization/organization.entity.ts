import { randomUUID } from 'node:crypto';
import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { OrganizationRole } from './organization.enums';

@ObjectType('Organization', { implements: Node, description: 'A company or authority in the chain.' })
@Entity({ tableName: 'organization' })
export class Organization extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Registered name (Chinese).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Name in English, where the company has one.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { description: 'Unified Social Credit Code (统一社会信用代码, GB 32100-2015), 18 characters.' })
  @Property({ type: 'string', length: 18, unique: true })
  creditCode!: string;

  @Field(() => [OrganizationRole], { description: 'Roles the organization holds.' })
  @Enum({ items: () => OrganizationRole, array: true })
  roles!: OrganizationRole[];

  /** GB/T 2260 code of the registered seat; exposed as `region`. */
  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'GS1 Global Location Number of the legal entity (13 digits).' })
  @Property({ type: 'string', length: 13, nullable: true, unique: true })
  gln: string | null = null;

  @Field(() => String, { nullable: true, description: 'Registered address.' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone number of the organization, e.g. "0371-6696 8888".',
  })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Field(() => Date, { description: 'When the organization joined the platform.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

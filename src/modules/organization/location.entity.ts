import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { LocationKind } from './organization.enums';
import { Organization } from './organization.entity';

@ObjectType('Location', {
  implements: Node,
  description: 'A factory, warehouse, store, office or laboratory of an organization.',
})
@Entity({ tableName: 'location' })
export class Location extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  organization!: Organization;

  @Field(() => String, { description: 'Name of the site, e.g. a store name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => LocationKind, { description: 'What happens here.' })
  @Enum({ items: () => LocationKind })
  kind!: LocationKind;

  @Field(() => String, { nullable: true, description: 'GS1 GLN of the site (13 digits).' })
  @Property({ type: 'string', length: 13, nullable: true, unique: true })
  gln: string | null = null;

  /** GB/T 2260 code; exposed as `region`. */
  @Property({ type: 'string', length: 6 })
  regionCode!: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number of the site, for partners and regulators (whom to call in a recall): "0371-6696 8888".',
  })
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;
}

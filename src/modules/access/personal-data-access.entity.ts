import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';

/**
 * One read of consumers' personal data by a regulator: who, with which key, what, why and how many
 * records. Append-only (a trigger refuses UPDATE and DELETE), so nobody can edit the trail.
 */
@ObjectType('PersonalDataAccess', {
  implements: Node,
  description: "One read of consumers' personal data by a regulator. The log is append-only.",
})
@Entity({ tableName: 'personal_data_access' })
export class PersonalDataAccess extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Exposed as `organization`. */
  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  organization!: Organization;

  /** The key that read, or null when a person did in the console. */
  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  /** The person who read in the console, or null when an API key did. */
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Field(() => String, { description: 'What was read, e.g. "recallPurchasers RC-2026-0001".' })
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'Why, as the reader typed it (required in the console).' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => Int, { description: 'How many personal records the answer held.' })
  @Property({ type: 'int' })
  records!: number;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at: Opt<Date> = new Date();
}

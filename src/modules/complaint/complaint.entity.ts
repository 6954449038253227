import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Commitment } from '../commitment/commitment.entity';
import { Remedy } from '../commitment/commitment.enums';
import { Lot } from '../lot/lot.entity';
import { Organization } from '../organization/organization.entity';
import { ComplaintCategory, ComplaintRouting, ComplaintStatus } from './complaint.enums';

/** A consumer's complaint about a lot, routed to the organization that answers first. */
@ObjectType('Complaint', {
  implements: Node,
  description:
    "A consumer's complaint about a lot, filed from the scan page and answered by the seller whose commitment covers the lot (or the producer).",
})
@Entity({ tableName: 'complaint' })
@Index({ properties: ['responsible', 'createdAt'] })
export class Complaint extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The code the consumer follows the complaint with.' })
  @Property({ type: 'string', length: 16, unique: true })
  trackingCode!: string;

  /** Exposed as `lot`. */
  @Index()
  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  lot!: Lot;

  /** The organization that answers: exposed as `responsible`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  responsible!: Organization;

  /** The store the consumer says it bought from, if named: exposed as `purchasedFrom`. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  purchasedFrom: Organization | null = null;

  @Field(() => ComplaintRouting, { description: 'Why the responsible organization answers.' })
  @Enum({ items: () => ComplaintRouting })
  routing!: ComplaintRouting;

  /** The commitment version that routed it: exposed as `commitment`. */
  @ManyToOne(() => Commitment, { nullable: true, deleteRule: 'restrict' })
  commitment: Commitment | null = null;

  @Field(() => ComplaintCategory, { description: 'What kind of problem.' })
  @Enum({ items: () => ComplaintCategory })
  category!: ComplaintCategory;

  @Field(() => String, { description: "The consumer's description." })
  @Property({ type: 'text' })
  description!: string;

  /** Personal information: only the responsible organization sees it. */
  @Property({ type: 'text', nullable: true })
  contact: string | null = null;

  @Field(() => ComplaintStatus, { description: 'Where it stands.' })
  @Enum({ items: () => ComplaintStatus })
  status: Opt<ComplaintStatus> = ComplaintStatus.RECEIVED;

  @Field(() => Remedy, { nullable: true, description: 'The remedy given, when RESOLVED by one.' })
  @Enum({ items: () => Remedy, nullable: true })
  remedy: Remedy | null = null;

  @Field(() => Date, { description: 'When it was filed.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, {
    description:
      "When the first answer is due: filing time plus the commitment's response time (72 hours without one).",
  })
  @Property({ type: 'timestamptz' })
  responseDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the responsible organization first answered.' })
  @Property({ type: 'timestamptz', nullable: true })
  firstAnsweredAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became RESOLVED or REJECTED.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** One answer to a complaint: the status it set and the message to the consumer. Append-only. */
@ObjectType('ComplaintAnswer', { description: 'One answer of the responsible organization, shown to the consumer.' })
@Entity({ tableName: 'complaint_answer' })
export class ComplaintAnswer {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Complaint, { deleteRule: 'restrict' })
  complaint!: Complaint;

  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  organization!: Organization;

  @Field(() => ComplaintStatus, { description: 'The status this answer set.' })
  @Enum({ items: () => ComplaintStatus })
  status!: ComplaintStatus;

  @Field(() => String, { description: 'The message to the consumer.' })
  @Property({ type: 'text' })
  message!: string;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at: Opt<Date> = new Date();
}

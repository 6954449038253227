import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { QuantityType } from '../../common/decimal';
import { Node } from '../../common/node';
import { Remedy } from '../commitment/commitment.enums';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { PartyType, RecallKind, RecallStatus, ScopeRootKind } from './recall.enums';

@ObjectType('Recall', {
  implements: Node,
  description:
    'A product recall: the defect, the remedy, what consumers should do, and from activation its frozen scope and progress.',
})
@Entity({ tableName: 'recall' })
export class Recall extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Public recall number, e.g. "RC-2026-0007".' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @Field(() => RecallKind, { description: 'Voluntary (producer) or ordered (regulator).' })
  @Enum({ items: () => RecallKind })
  kind!: RecallKind;

  /** Exposed as `initiator`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  initiator!: Organization;

  @Field(() => ScopeRootKind, { description: 'What the scope starts from.' })
  @Enum({ items: () => ScopeRootKind })
  rootKind!: ScopeRootKind;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  rootLotIds: Opt<string[]> = [];

  @ManyToOne(() => Product, { nullable: true, deleteRule: 'restrict' })
  rootProduct: Product | null = null;

  @Property({ type: 'date', nullable: true })
  rootProducedFrom: string | null = null;

  @Property({ type: 'date', nullable: true })
  rootProducedTo: string | null = null;

  @ManyToOne(() => StandardDeclaration, { nullable: true, deleteRule: 'restrict' })
  rootDeclaration: StandardDeclaration | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The indicator found unmet, when the root is a declaration indicator.',
  })
  @Property({ type: 'text', nullable: true })
  rootIndicatorKey: string | null = null;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  rootProducer: Organization | null = null;

  @Field(() => String, { description: 'The hazard in plain words.' })
  @Property({ type: 'text' })
  hazard!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The hazard in English; null when the recall has no English notice.',
  })
  @Property({ type: 'text', nullable: true })
  hazardEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Clause of the standard breached, e.g. "GB 6675.2-2014 4.3".' })
  @Property({ type: 'text', nullable: true })
  gbClause: string | null = null;

  @Field(() => [Remedy], { description: 'Remedies offered to consumers.' })
  @Enum({ items: () => Remedy, array: true })
  remedies!: Remedy[];

  @Field(() => String, { description: 'What consumers should do.' })
  @Property({ type: 'text' })
  consumerInstructions!: string;

  @Field(() => String, { nullable: true, description: 'What consumers should do, in English; null when not given.' })
  @Property({ type: 'text', nullable: true })
  consumerInstructionsEn: string | null = null;

  @Field(() => String, { description: 'The public recall notice.' })
  @Property({ type: 'text' })
  noticeText!: string;

  @Field(() => String, { nullable: true, description: 'The public recall notice in English; null when not given.' })
  @Property({ type: 'text', nullable: true })
  noticeTextEn: string | null = null;

  @Field(() => RecallStatus, { description: 'Lifecycle status.' })
  @Enum({ items: () => RecallStatus })
  status: Opt<RecallStatus> = RecallStatus.DRAFT;

  @Field(() => Date, { description: 'When it was drafted.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When it became active and its scope was frozen.' })
  @Property({ type: 'timestamptz', nullable: true })
  activatedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was completed or terminated.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** Every status change, with who and when. */
@ObjectType('RecallTransition', { description: 'A status change of a recall, with who made it and when.' })
@Entity({ tableName: 'recall_transition' })
export class RecallTransition {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Recall, { deleteRule: 'cascade' })
  recall!: Recall;

  @Field(() => RecallStatus, { nullable: true, description: 'Status before; null for the draft.' })
  @Enum({ items: () => RecallStatus, nullable: true })
  fromStatus: RecallStatus | null = null;

  @Field(() => RecallStatus, { description: 'Status after.' })
  @Enum({ items: () => RecallStatus })
  toStatus!: RecallStatus;

  /** Exposed as `by`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  organization!: Organization;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'timestamptz' })
  at: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: 'Why, when given.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** A lot in a recall's frozen scope. */
@Entity({ tableName: 'recall_scope_lot' })
export class RecallScopeLot {
  @ManyToOne(() => Recall, { primary: true, deleteRule: 'cascade' })
  recall!: Recall;

  /** Indexed on its own: a scan page asks whether its lot is in any active recall. */
  @Index()
  @ManyToOne(() => Lot, { primary: true, deleteRule: 'restrict' })
  lot!: Lot;

  @Property({ type: 'integer' })
  depth!: number;

  /** The input lot it was reached from (one path back to the root); null for a root lot. */
  @ManyToOne(() => Lot, { nullable: true, deleteRule: 'restrict' })
  via: Lot | null = null;
}

/** Stock and flows of a scope lot at every holder that ever had it, when the recall was activated. */
@Entity({ tableName: 'recall_scope_holder' })
export class RecallScopeHolder {
  @ManyToOne(() => Recall, { primary: true, deleteRule: 'cascade' })
  recall!: Recall;

  @ManyToOne(() => Lot, { primary: true, deleteRule: 'restrict' })
  lot!: Lot;

  @ManyToOne(() => Organization, { primary: true, deleteRule: 'restrict' })
  organization!: Organization;

  @ManyToOne(() => Location, { primary: true, deleteRule: 'restrict' })
  location!: Location;

  @Enum({ items: () => PartyType })
  party!: PartyType;

  @Property({ type: QuantityType })
  onHand!: number;

  @Property({ type: QuantityType })
  shipped!: number;

  @Property({ type: QuantityType })
  sold!: number;

  @Property({ type: QuantityType })
  returned!: number;
}

/** A recall notice in a holder's feed, acknowledged or not. */
@Entity({ tableName: 'recall_notice' })
export class RecallNotice {
  @ManyToOne(() => Recall, { primary: true, deleteRule: 'cascade' })
  recall!: Recall;

  @Index()
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'restrict' })
  organization!: Organization;

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  acknowledgedNote: string | null = null;
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { QuantityType } from '../../common/decimal';
import { Node } from '../../common/node';
import { Commitment } from '../commitment/commitment.entity';
import { Recall } from '../recall/recall.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { CustodyEventType } from './custody.enums';

/**
 * What happened to a quantity of a lot, where, between whom. Append-only: a mistake is corrected by a
 * new event that names the wrong one in `corrects`; the corrected event then no longer counts.
 *
 * Its references are checked once per statement by the trigger `custody_event_references` (migration
 * Holdings), not by a foreign key per row: the same guarantee at a fifth of the cost per event.
 */
@ObjectType('CustodyEvent', {
  implements: Node,
  description:
    'What happened to a quantity of a lot, where and between whom. Append-only; visible to the organizations named on it and to regulators.',
})
@Entity({ tableName: 'custody_event' })
// Stock per holder and the recall scope read events by lot; the included columns make those index-only scans.
// Shipments on their way to an organization, oldest first (`incomingShipments`): receipts name their
// shipper as counterparty too, and there are as many of them as shipments.
@Index({
  name: 'custody_event_incoming_index',
  expression: `create index "custody_event_incoming_index" on "custody_event" ("counterparty_id", "occurred_at", "id")
    where "type" = 'SHIPPED'`,
})
@Index({
  name: 'custody_event_lot_holder_index',
  expression:
    'create index "custody_event_lot_holder_index" on "custody_event" ("lot_id", "organization_id", "location_id") include ("type", "quantity", "occurred_at", "id")',
})
// EPCIS queries by business location (EQ_bizLocation) read the chain's events at a location in time order.
@Index({ name: 'custody_event_location_time_index', properties: ['location', 'occurredAt'] })
export class CustodyEvent extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Lot, { deleteRule: 'restrict', createForeignKeyConstraint: false })
  lot!: Lot;

  @Field(() => CustodyEventType, { description: 'What happened.' })
  @Enum({ items: () => CustodyEventType })
  type!: CustodyEventType;

  /** The holder that recorded it; exposed as `organization`. */
  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'restrict', createForeignKeyConstraint: false })
  organization!: Organization;

  @ManyToOne(() => Location, { deleteRule: 'restrict', createForeignKeyConstraint: false })
  location!: Location;

  @Index()
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  counterparty: Organization | null = null;

  @ManyToOne(() => Location, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  counterpartyLocation: Location | null = null;

  @Field(() => Number, { description: 'Quantity, in the unit of the lot.' })
  @Property({ type: QuantityType })
  quantity!: number;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => Date, { description: 'When it was recorded on the platform.' })
  @Property({ type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();

  @Field(() => String, {
    nullable: true,
    description: 'Reference document: despatch advice, invoice or receipt number (FSMA 204 reference document).',
  })
  @Property({ type: 'text', nullable: true })
  referenceDocument: string | null = null;

  /** An event is corrected at most once. */
  @Unique()
  @ManyToOne(() => CustodyEvent, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  corrects: CustodyEvent | null = null;

  /** For RECEIVED: the shipment it closes. */
  @Index()
  @ManyToOne(() => CustodyEvent, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  shipment: CustodyEvent | null = null;

  /** For CONSUMED: the lot it went into. */
  @ManyToOne(() => Lot, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  outputLot: Lot | null = null;

  /** For SOLD: the seller's commitment version in force at the sale and covering the product. */
  @ManyToOne(() => Commitment, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  commitment: Commitment | null = null;

  /** The recall whose remedy this event carries out; exposed as `recall`. */
  @Index()
  @ManyToOne(() => Recall, { nullable: true, deleteRule: 'restrict', createForeignKeyConstraint: false })
  recall: Recall | null = null;

  @Field(() => String, { nullable: true, description: 'Free note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** The first answer to a bulk call, kept so that a retry with the same key records nothing twice. */
@Entity({ tableName: 'idempotency_record' })
export class IdempotencyRecord {
  @ManyToOne(() => Organization, { primary: true, deleteRule: 'cascade' })
  organization!: Organization;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  /** SHA-256 of the canonical request, so that the same key with other content is refused. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json' })
  eventIds!: string[];

  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { CustodyEvent } from './custody-event.entity';
import { RecordableEventType } from './custody.enums';
import { CustodyError } from './custody.errors';

@InputType('CustodyEventInput', {
  description: "One custody event recorded by the caller, at one of the caller's locations.",
})
export class CustodyEventInput {
  @Field(() => RecordableEventType, { description: 'What happened.' })
  type!: RecordableEventType;
  @Field(() => ID, { description: 'The lot.' })
  lot!: string;
  @Field(() => ID, { description: "Where, one of the caller's locations (for RECEIVED, where the shipment went)." })
  location!: string;
  @Field(() => Float, { description: 'Quantity in the unit of the lot.' })
  quantity!: number;
  @Field(() => Date, { description: 'When it happened; not in the future, not before the lot was produced.' })
  occurredAt!: Date;
  @Field(() => ID, { nullable: true, description: 'SHIPPED: the receiving organization.' })
  counterparty?: string | null;
  @Field(() => ID, { nullable: true, description: 'SHIPPED: the receiving location of that organization.' })
  counterpartyLocation?: string | null;
  @Field(() => ID, { nullable: true, description: 'RECEIVED: the SHIPPED event being received.' })
  shipment?: string | null;
  @Field(() => String, { nullable: true, description: 'Despatch advice, invoice or receipt number.' })
  referenceDocument?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The caller's own event this one corrects (same type and lot); the corrected event stops counting.",
  })
  corrects?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The active recall whose remedy this event carries out (RETURNED, REPAIRED, REPLACED, DESTROYED count as corrections; SHIPPED back upstream is allowed).',
  })
  recall?: string | null;
  @Field(() => String, { nullable: true, description: 'Free note.' })
  note?: string | null;
}

@InputType('CustodyEventsRecordInput', { description: 'Up to 1,000 events, recorded all or nothing.' })
export class CustodyEventsRecordInput {
  @Field(() => String, {
    description:
      'Client-chosen key (1 to 100 characters). A retry with the same key and content returns the first result and records nothing twice.',
  })
  idempotencyKey!: string;
  @Field(() => [CustodyEventInput], {
    description: 'The events, applied in order (a receipt and a sale of it may come in one call).',
  })
  events!: CustodyEventInput[];
}

@ObjectType('CustodyEventsRecordPayload', { description: 'Result of `custodyEventsRecord`.' })
export class CustodyEventsRecordPayload {
  @Field(() => [CustodyEvent], {
    nullable: true,
    description: 'The recorded events in input order; null when refused.',
  })
  events?: CustodyEvent[] | null;
  @Field(() => Boolean, { description: 'True when this answers a retry: nothing new was recorded.' })
  replayed!: boolean;
  @Field(() => [CustodyError], { description: 'Why the call was refused, each naming its row; empty on success.' })
  errors!: InstanceType<typeof CustodyError>[];
}

export const CustodyEventConnection = connectionOf('CustodyEvent', CustodyEvent, 'custody event');

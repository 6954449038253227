import { Field, Int, ObjectType } from 'type-graphql';
import { ContactChannel } from '../purchase/purchase.enums';

@ObjectType('AlertFigures', {
  description:
    'Recall alerts to registered purchasers by what became of them. An alert counts once in `alerts`; `sent`, ' +
    '`delivered` and `confirmed` are cumulative (a delivered alert was sent).',
})
export class AlertFigures {
  @Field(() => Int, { description: 'Alerts queued: one per registered purchase of an affected lot.' })
  alerts!: number;
  @Field(() => Int, {
    description: 'Not sent yet: waiting for their first try, a retry, or a provider to be configured.',
  })
  waiting!: number;
  @Field(() => Int, { description: 'Taken by the mail server or SMS provider.' })
  sent!: number;
  @Field(() => Int, {
    description: 'Delivered to the handset, where the channel says so (SMS delivery receipts); e-mail reports none.',
  })
  delivered!: number;
  @Field(() => Int, {
    description:
      'Will not arrive: refused for good (invalid number or mailbox), failed delivery, or retried past the retry ' +
      'period.',
  })
  failed!: number;
  @Field(() => Int, {
    description: 'SMS cut off mid-send: the provider may have sent it; an operator checks and requeues.',
  })
  uncertain!: number;
  @Field(() => Int, {
    description: 'Not sent because the registration was deleted (or alerts stopped) or the recall closed first.',
  })
  cancelled!: number;
  @Field(() => Int, { description: 'Confirmed read: the consumer opened the link in the alert.' })
  confirmed!: number;
}

@ObjectType('ProductAlertFigures', { description: 'Recall alerts about one product (its affected lots).' })
export class ProductAlertFigures extends AlertFigures {
  productId!: string;
}

@ObjectType('ChannelAlertFigures', { description: 'Recall alerts of one channel.' })
export class ChannelAlertFigures extends AlertFigures {
  @Field(() => ContactChannel, { description: 'E-mail or SMS.' })
  channel!: ContactChannel;
  @Field(() => Boolean, {
    description: 'Whether this server has a provider for the channel; without one its alerts wait in the outbox.',
  })
  configured!: boolean;
}

@ObjectType('RecallAlerts', {
  description:
    'Alerts to the consumers who registered a purchase of an affected lot: queued at activation (or at once for ' +
    'later registrations), sent from an outbox.',
})
export class RecallAlerts {
  @Field(() => AlertFigures, { description: 'All alerts of the recall.' })
  totals!: AlertFigures;
  @Field(() => [ProductAlertFigures], { description: 'By product, most alerts first.' })
  byProduct!: ProductAlertFigures[];
  @Field(() => [ChannelAlertFigures], { description: 'By channel (e-mail, SMS), both always listed.' })
  byChannel!: ChannelAlertFigures[];
}

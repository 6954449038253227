import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { SpotCheck } from '../spot-check/spot-check.entity';

@ObjectType('Supervision', {
  description:
    "What needs a market regulator's attention across the platform: failed spot checks, overdue " +
    'complaint answers, and the supervision signals (CCC, commitments, failing declared indicators). Each list is ' +
    'computed by one SQL statement when asked for.',
})
export class Supervision {
  /** The pages of the lists the query selected, computed together (see `runSelected`), by list and arguments. */
  lists!: Map<string, import('./supervision.service').SignalPage<unknown>>;
}

@ObjectType('OverdueAnswers', { description: 'An organization that owes answers to complaints past their deadline.' })
export class OverdueAnswers {
  organizationId!: string;
  @Field(() => Int, { description: 'Complaints routed to it with no answer and the deadline past.' })
  overdue!: number;
  @Field(() => Date, { description: 'The earliest deadline among them.' })
  oldestDueAt!: Date;
}

@ObjectType('CccGap', {
  description: 'A product that needs CCC, held now while no CCC certificate of it is valid, or sold on a day none was.',
})
export class CccGap {
  productId!: string;
  @Field(() => Int, { description: 'Organizations holding it now, when no certificate is valid now (else 0).' })
  holders!: number;
  @Field(() => Float, { description: 'Units on hand now, when no certificate is valid now (else 0).' })
  onHand!: number;
  @Field(() => Float, { description: 'Units sold to consumers on days no CCC certificate of it was valid.' })
  soldUncovered!: number;
  @Field(() => Date, { nullable: true, description: 'The last such sale.' })
  lastSoldAt!: Date | null;
}

@ObjectType('CommitmentGap', {
  description:
    "A seller (distributor or retailer) holding children's goods that no first-responsibility commitment " +
    'of theirs in force covers.',
})
export class CommitmentGap {
  organizationId!: string;
  topLotIds!: string[];
  @Field(() => Int, { description: "Lots of children's goods it holds uncovered." })
  lotCount!: number;
  @Field(() => Float, { description: 'Units of them on hand.' })
  onHand!: number;
}

@ObjectType('FailingIndicator', {
  description:
    'A lot whose latest spot check of one declared indicator found it not met, with no active or completed ' +
    'recall covering the lot.',
})
export class FailingIndicator {
  lotId!: string;
  @Field(() => String, { description: "Key of the indicator in the lot's declaration version." })
  indicatorKey!: string;
  @Field(() => SpotCheck, { description: 'The spot check that found it failing.' })
  spotCheck!: SpotCheck;
}

export const SpotCheckConnection = connectionOf('SpotCheck', SpotCheck, 'spot check');
export const OverdueAnswersConnection = connectionOf('OverdueAnswers', OverdueAnswers, 'organization owing answers');
export const CccGapConnection = connectionOf('CccGap', CccGap, 'product without a valid CCC certificate');
export const CommitmentGapConnection = connectionOf(
  'CommitmentGap',
  CommitmentGap,
  "seller without a commitment covering its children's goods",
);
export const FailingIndicatorConnection = connectionOf(
  'FailingIndicator',
  FailingIndicator,
  'lot failing a declared indicator',
);

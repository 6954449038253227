import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SpotCheck } from './spot-check.entity';
import { SpotCheckError } from './spot-check.errors';

@InputType('SpotCheckResultInput', { description: "The laboratory's result for one declared indicator." })
export class SpotCheckResultInput {
  @Field(() => String, { description: 'Key of the indicator in the lot\'s declaration version, e.g. "S2".' })
  indicatorKey!: string;
  @Field(() => String, { description: 'Measured value, e.g. "15.2 V".' })
  measured!: string;
  @Field(() => Boolean, { description: 'Whether the sample met the indicator.' })
  passed!: boolean;
  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note?: string | null;
}

@InputType('SpotCheckRecordInput', { description: 'A supervisory spot check (监督抽查) of a lot at a holder.' })
export class SpotCheckRecordInput {
  @Field(() => ID, { description: 'The lot sampled.' })
  lot!: string;
  @Field(() => ID, { description: 'Where it was sampled: a location of the holder.' })
  location!: string;
  @Field(() => String, { description: 'Sampling date (YYYY-MM-DD).' })
  sampledOn!: string;
  @Field(() => ID, { description: 'The testing laboratory.' })
  laboratory!: string;
  @Field(() => String, { nullable: true, description: "The laboratory's report number." })
  reportNumber?: string | null;
  @Field(() => [SpotCheckResultInput], { description: 'Results per indicator.' })
  results!: SpotCheckResultInput[];
}

@ObjectType('SpotCheckPayload', { description: 'Result of `spotCheckRecord`.' })
export class SpotCheckPayload {
  @Field(() => SpotCheck, { nullable: true, description: 'The spot check; null when refused.' })
  spotCheck?: SpotCheck | null;
  @Field(() => [SpotCheckError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof SpotCheckError>[];
}

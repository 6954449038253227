import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../common/page-args';
import { Remedy } from '../commitment/commitment.enums';
import { Complaint } from './complaint.entity';
import { ComplaintCategory, ComplaintOrder, ComplaintStatus } from './complaint.enums';
import { ComplaintError } from './complaint.errors';

@InputType('ComplaintFileInput', { description: "A consumer's complaint about a lot." })
export class ComplaintFileInput {
  @Field(() => String, { description: 'GTIN printed on the package.' })
  gtin!: string;
  @Field(() => String, { description: 'Lot number printed on the package.' })
  lotNumber!: string;
  @Field(() => ComplaintCategory, { description: 'What kind of problem.' })
  category!: ComplaintCategory;
  @Field(() => String, { description: 'What happened, up to 2,000 characters.' })
  description!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A mobile number or e-mail address for the answering organization; seen by nobody else.',
  })
  contact?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The store the consumer bought from (an organization among the lot's holders), if known.",
  })
  purchasedFrom?: string | null;
}

@ObjectType('ComplaintFilePayload', { description: 'Result of `complaintFile`.' })
export class ComplaintFilePayload {
  @Field(() => Complaint, { nullable: true, description: 'The complaint with its tracking code; null when refused.' })
  complaint?: Complaint | null;
  @Field(() => [ComplaintError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof ComplaintError>[];
}

@InputType('ComplaintAnswerInput', { description: "The answering organization's answer." })
export class ComplaintAnswerInput {
  @Field(() => ID, { description: 'The complaint.' })
  complaint!: string;
  @Field(() => ComplaintStatus, { description: 'The new status: IN_PROGRESS, RESOLVED or REJECTED.' })
  status!: ComplaintStatus;
  @Field(() => String, { description: 'The message to the consumer, up to 2,000 characters.' })
  message!: string;
  @Field(() => Remedy, { nullable: true, description: 'The remedy given, with RESOLVED.' })
  remedy?: Remedy | null;
}

@ObjectType('ComplaintAnswerPayload', { description: 'Result of `complaintAnswer`.' })
export class ComplaintAnswerPayload {
  @Field(() => Complaint, { nullable: true, description: 'The complaint as answered; null when refused.' })
  complaint?: Complaint | null;
  @Field(() => [ComplaintError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof ComplaintError>[];
}

@ArgsType()
export class ComplaintsArgs extends PageArgs {
  @Field(() => ComplaintStatus, { nullable: true, description: 'Only complaints with this status.' })
  status?: ComplaintStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only complaints not answered by their deadline.' })
  overdueOnly?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open complaints (RECEIVED or IN_PROGRESS).' })
  openOnly?: boolean | null;
  @Field(() => ComplaintOrder, { nullable: true, description: 'The order (default NEWEST).' })
  orderBy?: ComplaintOrder | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Only complaints this organization answers (regulators: any seller).',
  })
  responsible?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only complaints about lots of this product.' })
  product?: string | null;
}

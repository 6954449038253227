import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ProductCategory } from '../product/product.enums';
import { CommitmentScope, Remedy } from './commitment.enums';
import { Commitment } from './commitment.entity';
import { CommitmentError } from './commitment.errors';

@InputType('CommitmentPublishInput', { description: "A new version of the caller's first-responsibility commitment." })
export class CommitmentPublishInput {
  @Field(() => String, { description: 'The commitment in words, as consumers will read it.' })
  statement!: string;
  @Field(() => String, { nullable: true, description: 'The same in English (optional; for the English scan page).' })
  statementEn?: string | null;
  @Field(() => CommitmentScope, { description: 'Which goods it covers.' })
  scope!: CommitmentScope;
  @Field(() => [ProductCategory], { nullable: true, description: 'Covered categories, with scope CATEGORIES.' })
  categories?: ProductCategory[] | null;
  @Field(() => [ID], { nullable: true, description: 'Covered products, with scope PRODUCTS.' })
  products?: string[] | null;
  @Field(() => [Remedy], { description: 'Remedies offered, at least one.' })
  remedies!: Remedy[];
  @Field(() => Int, { description: 'Hours within which complaints are answered (1 to 720).' })
  responseHours!: number;
  @Field(() => String, { description: 'Hotline for consumers.' })
  hotline!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it takes effect (default now); not before the current version.',
  })
  validFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it ends at the latest (default open-ended).' })
  validUntil?: Date | null;
}

@ObjectType('CommitmentPayload', { description: 'Result of `commitmentPublish` and `commitmentRevoke`.' })
export class CommitmentPayload {
  @Field(() => Commitment, { nullable: true, description: 'The version published or revoked; null when refused.' })
  commitment?: Commitment | null;
  @Field(() => [CommitmentError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof CommitmentError>[];
}

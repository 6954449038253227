import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';
import { ProductCategory } from '../product/product.enums';
import { CommitmentScope, Remedy } from './commitment.enums';

/**
 * One version of a seller's first-responsibility commitment (首负承诺). Each seller has one chain of
 * versions; the highest version whose `validFrom` has come is in force until it ends or is revoked.
 */
@ObjectType('Commitment', {
  implements: Node,
  description:
    "A version of a seller's first-responsibility commitment (首负承诺): a consumer with a quality problem may come to the seller first; the seller repairs, replaces or refunds, then seeks recourse upstream (Product Quality Law art. 40). A sale is covered by the version in force when it happened.",
})
@Entity({ tableName: 'commitment' })
@Unique({ properties: ['seller', 'version'] })
export class Commitment extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Exposed as `seller`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  seller!: Organization;

  @Field(() => Int, { description: "Version number within the seller's chain." })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { description: 'The commitment in words, as shown to consumers.' })
  @Property({ type: 'text' })
  statement!: string;

  @Field(() => String, { nullable: true, description: 'The commitment in English, where the seller gives one.' })
  @Property({ type: 'text', nullable: true })
  statementEn: string | null = null;

  @Field(() => CommitmentScope, { description: 'Which goods it covers.' })
  @Enum({ items: () => CommitmentScope })
  scope!: CommitmentScope;

  @Field(() => [ProductCategory], { description: 'Covered categories when `scope` is CATEGORIES; empty otherwise.' })
  @Enum({ items: () => ProductCategory, array: true })
  categories: Opt<ProductCategory[]> = [];

  /** Covered product IDs when scope is PRODUCTS; exposed as `products`. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  productIds: Opt<string[]> = [];

  @Field(() => [Remedy], { description: 'Remedies offered.' })
  @Enum({ items: () => Remedy, array: true })
  remedies!: Remedy[];

  @Field(() => Int, { description: 'Hours within which the seller answers a complaint.' })
  @Property({ type: 'integer' })
  responseHours!: number;

  @Field(() => String, { description: 'Hotline for consumers.' })
  @Property({ type: 'text' })
  hotline!: string;

  @Field(() => Date, { description: 'From when this version is in force.' })
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When this version ends at the latest; null when open-ended. A later version takes over earlier.',
  })
  @Property({ type: 'timestamptz', nullable: true })
  validUntil: Date | null = null;

  @Field(() => Date, { description: 'When the version was published.' })
  @Property({ type: 'timestamptz' })
  publishedAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: 'When the seller revoked it; the version stays on record.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  @Property({ type: 'text', nullable: true })
  revokedReason: string | null = null;
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { QuantityType } from '../../common/decimal';
import { Node } from '../../common/node';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';
import { QuantityUnit } from '../product/product.enums';
import { Product } from '../product/product.entity';

@ObjectType('Lot', {
  implements: Node,
  description:
    'The unit of traceability: a material lot or a production batch of a product, identified by GTIN + lot number (GS1 AI 01 + AI 10).',
})
@Entity({ tableName: 'lot' })
@Unique({ properties: ['product', 'lotNumber'] })
// The recall scope reads each lot's unit and product: an index-only scan.
@Index({
  name: 'lot_id_unit_product_index',
  expression: 'create index "lot_id_unit_product_index" on "lot" ("id") include ("unit", "product_id")',
})
export class Lot extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'restrict' })
  product!: Product;

  /** The organization that made the lot; exposed as `producer`. */
  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  owner!: Organization;

  @Field(() => String, { description: 'Lot or batch number (GS1 AI 10: up to 20 characters of GS1 set 82).' })
  @Property({ type: 'string', length: 20 })
  lotNumber!: string;

  @Field(() => String, { description: 'Production date (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  producedOn!: string;

  @Field(() => String, { nullable: true, description: 'Expiry or best-before date (YYYY-MM-DD), where relevant.' })
  @Property({ type: 'date', nullable: true })
  expiresOn: string | null = null;

  /** Quantity made; exposed to the producer and regulators only. */
  @Property({ type: QuantityType })
  quantity!: number;

  @Field(() => QuantityUnit, { description: 'Unit of all quantities of this lot.' })
  @Enum({ items: () => QuantityUnit })
  unit!: QuantityUnit;

  /** Where it was made; exposed as `productionLocation`. */
  @ManyToOne(() => Location, { deleteRule: 'restrict' })
  location!: Location;

  /** The declaration version in force on the production date; exposed as `declaration`. */
  @Index()
  @ManyToOne(() => StandardDeclaration, { nullable: true, deleteRule: 'restrict' })
  declaration: StandardDeclaration | null = null;

  @Field(() => Date, { description: 'When the lot was registered.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

/** A transformation edge: `quantity` of `input` went into `output` (EPCIS TransformationEvent input). */
@Entity({ tableName: 'lot_input' })
@Unique({ properties: ['output', 'input'] })
// Downstream walks (which lots did this lot go into, up to a time): an index-only scan per step.
@Index({
  name: 'lot_input_input_id_occurred_at_index',
  expression:
    'create index "lot_input_input_id_occurred_at_index" on "lot_input" ("input_id", "occurred_at") include ("output_id")',
})
export class LotInput {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  output!: Lot;

  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  input!: Lot;

  @Property({ type: QuantityType })
  quantity!: number;

  /** When the input was consumed; "as of" scopes leave out later transformations. */
  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  @Property({ type: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}

import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';
import { ProductCategory, SpecialGroup } from './product.enums';

@ObjectType('MaterialShare', { description: 'One material of the composition label, with its share by weight.' })
export class MaterialShare {
  @Field(() => String, { description: 'Material, e.g. "棉 cotton", "ABS".' })
  material!: string;
  @Field(() => Float, { description: 'Share by weight, in percent (0 < p ≤ 100).' })
  percent!: number;
}

@ObjectType('Product', {
  implements: Node,
  description: 'A trade item identified by its GTIN, with its label disclosures.',
})
@Entity({ tableName: 'product' })
export class Product extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The producer or supplier that registered and makes the item; exposed as `producer`. */
  @Index()
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  owner!: Organization;

  @Field(() => String, { description: 'GTIN normalised to 14 digits.' })
  @Property({ type: 'string', length: 14, unique: true })
  gtin!: string;

  @Field(() => String, { description: 'Product name (Chinese).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Product name in English.' })
  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  @Field(() => ProductCategory, { description: 'Kind of trade item.' })
  @Enum({ items: () => ProductCategory })
  category!: ProductCategory;

  @Field(() => String, {
    description: 'Subcategory, e.g. "electric ride-on toy", "infant bodysuit", "washing machine".',
  })
  @Property({ type: 'text' })
  subcategory!: string;

  @Field(() => String, { description: 'Brand on the label.' })
  @Property({ type: 'text' })
  brand!: string;

  @Field(() => String, { nullable: true, description: 'Model or article number.' })
  @Property({ type: 'text', nullable: true })
  model: string | null = null;

  @Field(() => [MaterialShare], { description: 'Material composition label, shares by weight.' })
  @Property({ type: 'json' })
  materials: Opt<MaterialShare[]> = [];

  @Field(() => String, { description: 'Country of origin, ISO 3166-1 alpha-2.' })
  @Property({ type: 'string', length: 2 })
  originCountry: Opt<string> = 'CN';

  /** GB/T 2260 code of the place of production, when in China; exposed as `originRegion`. */
  @Property({ type: 'string', length: 6, nullable: true })
  originRegionCode: string | null = null;

  @Field(() => Int, { nullable: true, description: 'Youngest intended age, in months.' })
  @Property({ type: 'integer', nullable: true })
  minAgeMonths: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Oldest intended age, in months.' })
  @Property({ type: 'integer', nullable: true })
  maxAgeMonths: number | null = null;

  @Field(() => [SpecialGroup], { description: 'Special groups the product is labelled as suitable for.' })
  @Enum({ items: () => SpecialGroup, array: true })
  specialGroups: Opt<SpecialGroup[]> = [];

  @Field(() => String, {
    nullable: true,
    description: 'Warnings and suitability notes on the label, e.g. "不适合3岁以下儿童".',
  })
  @Property({ type: 'text', nullable: true })
  suitabilityNote: string | null = null;

  @Field(() => String, { nullable: true, description: 'The warnings and suitability notes in English, where given.' })
  @Property({ type: 'text', nullable: true })
  suitabilityNoteEn: string | null = null;

  @Field(() => Boolean, { description: 'Whether China Compulsory Certification (CCC) is required for this product.' })
  @Property({ type: 'boolean' })
  cccRequired: Opt<boolean> = false;

  @Field(() => Date, { description: 'When the product was registered.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { ProductCategory, SpecialGroup } from './product.enums';
import { Product } from './product.entity';
import { ProductError } from './product.errors';

@InputType('MaterialShareInput', { description: 'One material of the composition label.' })
export class MaterialShareInput {
  @Field(() => String, { description: 'Material name.' })
  material!: string;
  @Field(() => Float, { description: 'Share by weight in percent.' })
  percent!: number;
}

@InputType('ProductRegisterInput', { description: 'A trade item and its label disclosures.' })
export class ProductRegisterInput {
  @Field(() => String, {
    description: 'GTIN-8, -12, -13 or -14; the check digit is verified and the GTIN stored as 14 digits.',
  })
  gtin!: string;
  @Field(() => String, { description: 'Product name (Chinese).' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Product name in English.' })
  nameEn?: string | null;
  @Field(() => ProductCategory, { description: 'Kind of trade item.' })
  category!: ProductCategory;
  @Field(() => String, { description: 'Subcategory, e.g. "electric ride-on toy".' })
  subcategory!: string;
  @Field(() => String, { description: 'Brand.' })
  brand!: string;
  @Field(() => String, { nullable: true, description: 'Model or article number.' })
  model?: string | null;
  @Field(() => [MaterialShareInput], { nullable: true, description: 'Material composition (default none).' })
  materials?: MaterialShareInput[] | null;
  @Field(() => String, { nullable: true, description: 'Country of origin, ISO 3166-1 alpha-2 (default "CN").' })
  originCountry?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'GB/T 2260 code of the place of production, for Chinese origin.',
  })
  originRegionCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Youngest intended age in months.' })
  minAgeMonths?: number | null;
  @Field(() => Int, { nullable: true, description: 'Oldest intended age in months.' })
  maxAgeMonths?: number | null;
  @Field(() => [SpecialGroup], { nullable: true, description: 'Special groups the product suits.' })
  specialGroups?: SpecialGroup[] | null;
  @Field(() => String, { nullable: true, description: 'Warnings and suitability notes on the label.' })
  suitabilityNote?: string | null;
  @Field(() => String, { nullable: true, description: 'The same in English (optional; for the English scan page).' })
  suitabilityNoteEn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether CCC certification is required (default false).' })
  cccRequired?: boolean | null;
}

@ObjectType('ProductRegisterPayload', { description: 'Result of `productRegister`.' })
export class ProductRegisterPayload {
  @Field(() => Product, { nullable: true, description: 'The new product; null when refused.' })
  product?: Product | null;
  @Field(() => [ProductError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof ProductError>[];
}

export const ProductConnection = connectionOf('Product', Product, 'product');

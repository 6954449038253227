import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { Product } from '../product/product.entity';
import { IndicatorClass, StandardKind } from './declaration.enums';

/**
 * One version of a producer's public standard self-declaration (企业标准自我声明) for a product.
 * Immutable: a change is a new version; a lot keeps the version in force when it was produced.
 */
@ObjectType('StandardDeclaration', {
  implements: Node,
  description:
    "A version of a producer's public self-declaration of the standards a product implements (企业标准自我声明). Versions are immutable.",
})
@Entity({ tableName: 'standard_declaration' })
@Unique({ properties: ['product', 'version'] })
export class StandardDeclaration extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: 'restrict' })
  product!: Product;

  @Field(() => Int, { description: 'Version number, 1 for the first declaration of the product.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => Date, {
    description: 'From when this version is in force; it stays in force until a later version takes over.',
  })
  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Field(() => Date, { description: 'When the version was published.' })
  @Property({ type: 'timestamptz' })
  publishedAt: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: 'What changed against the previous version.' })
  @Property({ type: 'text', nullable: true })
  changeNote: string | null = null;
}

@ObjectType('StandardIndicator', {
  description: 'One indicator of a declared standard: what is promised and how it is tested.',
})
export class StandardIndicator {
  @Field(() => String, {
    description: 'Key of the indicator within its declaration version, e.g. "S1"; spot-check results refer to it.',
  })
  key!: string;
  @Field(() => String, { description: 'Indicator name, e.g. "可迁移元素铅".' })
  name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Indicator name in English, where the producer gives one, e.g. "migratable lead".',
  })
  nameEn?: string | null;
  @Field(() => String, { description: 'Declared value or limit, e.g. "≤ 90".' })
  value!: string;
  @Field(() => String, { nullable: true, description: 'Unit, e.g. "mg/kg".' })
  unit!: string | null;
  @Field(() => String, { nullable: true, description: 'Test method, e.g. "GB 6675.4-2014".' })
  testMethod!: string | null;
  @Field(() => IndicatorClass, { description: 'Safety, health, environment or performance.' })
  indicatorClass!: IndicatorClass;
}

@ObjectType('DeclaredStandard', { implements: Node, description: 'A standard listed on a declaration version.' })
@Entity({ tableName: 'declared_standard' })
@Unique({ properties: ['declaration', 'number'] })
export class DeclaredStandard extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => StandardDeclaration, { deleteRule: 'cascade' })
  declaration!: StandardDeclaration;

  /** Order on the declaration. */
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Standard number, e.g. "GB 6675.1-2014", "Q/ZZXB 001-2024".' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => StandardKind, { description: 'Kind of standard.' })
  @Enum({ items: () => StandardKind })
  kind!: StandardKind;

  @Field(() => String, { description: 'Title, e.g. "玩具安全 第1部分：基本规范".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Title in English, where the producer gives one, e.g. "Safety of toys — Part 1: Basic code".',
  })
  @Property({ type: 'text', nullable: true })
  titleEn: string | null = null;

  @Field(() => [StandardIndicator], {
    description: 'Declared indicators; required for enterprise standards, optional otherwise.',
  })
  @Property({ type: 'json' })
  indicators: Opt<StandardIndicator[]> = [];
}

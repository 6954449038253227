import { Field, InputType, ObjectType } from 'type-graphql';
import { IndicatorClass, StandardKind } from './declaration.enums';
import { StandardDeclaration } from './declaration.entity';
import { DeclarationError } from './declaration.errors';

@InputType('StandardIndicatorInput', { description: 'One indicator of a declared standard.' })
export class StandardIndicatorInput {
  @Field(() => String, {
    nullable: true,
    description: 'Key unique within the version, e.g. "S1"; generated as "<standard>.<indicator>" when omitted.',
  })
  key?: string | null;
  @Field(() => String, { description: 'Indicator name.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Indicator name in English (optional; for the English page).' })
  nameEn?: string | null;
  @Field(() => String, { description: 'Declared value or limit, e.g. "≤ 90".' })
  value!: string;
  @Field(() => String, { nullable: true, description: 'Unit, e.g. "mg/kg".' })
  unit?: string | null;
  @Field(() => String, { nullable: true, description: 'Test method, e.g. "GB 6675.4-2014".' })
  testMethod?: string | null;
  @Field(() => IndicatorClass, { description: 'Safety, health, environment or performance.' })
  indicatorClass!: IndicatorClass;
}

@InputType('DeclaredStandardInput', { description: 'A standard the product implements.' })
export class DeclaredStandardInput {
  @Field(() => String, { description: 'Standard number, e.g. "GB 6675.1-2014".' })
  number!: string;
  @Field(() => StandardKind, { description: 'Kind; must match the number prefix.' })
  kind!: StandardKind;
  @Field(() => String, { description: 'Title of the standard.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Title in English (optional; for the English scan page).' })
  titleEn?: string | null;
  @Field(() => [StandardIndicatorInput], {
    nullable: true,
    description: 'Indicators; required for enterprise standards.',
  })
  indicators?: StandardIndicatorInput[] | null;
}

@InputType('DeclarationPublishInput', { description: 'The content of a new declaration version.' })
export class DeclarationPublishInput {
  @Field(() => [DeclaredStandardInput], { description: 'The standards implemented, at least one.' })
  standards!: DeclaredStandardInput[];
  @Field(() => Date, {
    nullable: true,
    description: 'When the version takes effect (default now); not before the previous version.',
  })
  validFrom?: Date | null;
  @Field(() => String, { nullable: true, description: 'What changed against the previous version.' })
  changeNote?: string | null;
}

@ObjectType('DeclarationPublishPayload', { description: 'Result of `declarationPublish`.' })
export class DeclarationPublishPayload {
  @Field(() => StandardDeclaration, { nullable: true, description: 'The new version; null when refused.' })
  declaration?: StandardDeclaration | null;
  @Field(() => [DeclarationError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof DeclarationError>[];
}

import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../common/node';
import { StandardDeclaration } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { Organization } from '../organization/organization.entity';

@ObjectType('SpotCheckResult', { description: 'The result for one declared indicator.' })
export class SpotCheckResult {
  @Field(() => String, { description: "Key of the indicator in the lot's declaration version." })
  indicatorKey!: string;
  @Field(() => String, { description: 'The standard the indicator belongs to.' })
  standardNumber!: string;
  @Field(() => String, { description: 'Indicator name.' })
  indicatorName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Indicator name in English, where the declaration gives one (null for checks recorded before it was kept).',
  })
  indicatorNameEn?: string | null;
  @Field(() => String, { description: 'Declared value or limit.' })
  declaredValue!: string;
  @Field(() => String, { description: 'Value measured by the laboratory.' })
  measured!: string;
  @Field(() => Boolean, { description: 'Whether the sample met the indicator.' })
  passed!: boolean;
  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note!: string | null;
}

/** A supervisory spot check (监督抽查) of a lot sampled at a holder. */
@ObjectType('SpotCheck', {
  implements: Node,
  description:
    "A supervisory spot check (监督抽查): a sample of a lot taken at a holder and tested against the indicators of the lot's declaration version.",
})
@Entity({ tableName: 'spot_check' })
export class SpotCheck extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Lot, { deleteRule: 'restrict' })
  lot!: Lot;

  /** Exposed as `holder`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  holder!: Organization;

  @ManyToOne(() => Location, { deleteRule: 'restrict' })
  location!: Location;

  @Field(() => String, { description: 'Sampling date (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  sampledOn!: string;

  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  laboratory!: Organization;

  /** The authority that ordered the check; exposed as `regulator`. */
  @ManyToOne(() => Organization, { deleteRule: 'restrict' })
  regulator!: Organization;

  @ManyToOne(() => StandardDeclaration, { deleteRule: 'restrict' })
  declaration!: StandardDeclaration;

  @Field(() => [SpotCheckResult], { description: 'Per-indicator results.' })
  @Property({ type: 'json' })
  results!: SpotCheckResult[];

  @Field(() => Boolean, { description: 'Whether every indicator tested was met.' })
  @Property({ type: 'boolean' })
  passed!: boolean;

  @Field(() => String, { nullable: true, description: 'Report number of the laboratory.' })
  @Property({ type: 'text', nullable: true })
  reportNumber: string | null = null;

  @Field(() => Date, { description: 'When it was recorded.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

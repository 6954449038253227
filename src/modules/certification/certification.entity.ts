import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';

export enum CertificationKind {
  CCC = 'CCC',
  VOLUNTARY = 'VOLUNTARY',
  TEST_REPORT = 'TEST_REPORT',
}
registerEnumType(CertificationKind, {
  name: 'CertificationKind',
  description: 'Kind of certificate or report.',
  valuesConfig: {
    CCC: { description: 'China Compulsory Certification certificate.' },
    VOLUNTARY: { description: 'Voluntary product certification.' },
    TEST_REPORT: { description: "A testing laboratory's type-test report." },
  },
});

export enum CertificationStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  description: 'Status of a certificate. EXPIRED is also reported for a VALID certificate past its end date.',
  valuesConfig: {
    VALID: { description: 'In force.' },
    SUSPENDED: { description: 'Suspended by the certification body.' },
    REVOKED: { description: 'Revoked (cancelled) by the certification body.' },
    EXPIRED: { description: 'Past its validity.' },
  },
});

@ObjectType('Certification', {
  implements: Node,
  description: 'A certificate (CCC or voluntary) or test report recorded for a product.',
})
@Entity({ tableName: 'certification' })
@Unique({ properties: ['product', 'kind', 'number'] })
export class Certification extends Node {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Product, { deleteRule: 'restrict' })
  product!: Product;

  @Field(() => CertificationKind, { description: 'CCC, voluntary certification or test report.' })
  @Enum({ items: () => CertificationKind })
  kind!: CertificationKind;

  @Field(() => String, { description: 'Certificate or report number.' })
  @Property({ type: 'text' })
  number!: string;

  @Field(() => String, {
    description: 'Certification body or laboratory that issued it, e.g. "中国质量认证中心 (CQC)".',
  })
  @Property({ type: 'text' })
  body!: string;

  /** The testing lab organization on the platform that issued a report, when known; exposed as `laboratory`. */
  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  laboratory: Organization | null = null;

  @Field(() => String, { description: 'Scope: product models and standards covered.' })
  @Property({ type: 'text' })
  scope!: string;

  @Field(() => String, { description: 'First day of validity (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day of validity (YYYY-MM-DD); null when open-ended.' })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  /** Status as last recorded; the `status` field also reports EXPIRED past `validUntil`. */
  @Enum({ items: () => CertificationStatus })
  recordedStatus: Opt<CertificationStatus> = CertificationStatus.VALID;

  @Field(() => Date, { description: 'When the status was last set.' })
  @Property({ type: 'timestamptz' })
  statusChangedAt: Opt<Date> = new Date();

  @Field(() => Date, { description: 'When it was recorded on the platform.' })
  @Property({ type: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

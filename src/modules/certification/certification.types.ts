import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Certification, CertificationKind } from './certification.entity';
import { CertificationError } from './certification.errors';

@InputType('CertificationRecordInput', { description: 'A certificate or test report of a product.' })
export class CertificationRecordInput {
  @Field(() => CertificationKind, { description: 'CCC, voluntary certification or test report.' })
  kind!: CertificationKind;
  @Field(() => String, { description: 'Certificate or report number (CCC: 16 digits).' })
  number!: string;
  @Field(() => String, { description: 'Issuing body or laboratory.' })
  body!: string;
  @Field(() => ID, { nullable: true, description: 'The issuing testing lab, when it is on the platform.' })
  laboratory?: string | null;
  @Field(() => String, { description: 'Models and standards covered.' })
  scope!: string;
  @Field(() => String, { description: 'First day of validity (YYYY-MM-DD).' })
  validFrom!: string;
  @Field(() => String, { nullable: true, description: 'Last day of validity (YYYY-MM-DD).' })
  validUntil?: string | null;
}

@ObjectType('CertificationPayload', { description: 'Result of `certificationRecord` and `certificationStatusSet`.' })
export class CertificationPayload {
  @Field(() => Certification, { nullable: true, description: 'The certification; null when refused.' })
  certification?: Certification | null;
  @Field(() => [CertificationError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof CertificationError>[];
}

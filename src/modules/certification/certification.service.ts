import type { EntityManager } from '@mikro-orm/postgresql';
import { findByGlobalId } from '../../common/find-by-id';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { OrganizationRole } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import type { Product } from '../product/product.entity';
import { Certification, CertificationKind, CertificationStatus } from './certification.entity';
import type { CertificationRecordInput } from './certification.types';

export async function recordCertification(
  em: EntityManager,
  product: Product,
  input: CertificationRecordInput,
): Promise<Certification> {
  const errs: UserErrorData[] = [];
  const number = input.number.trim();
  if (input.kind === CertificationKind.CCC ? !/^\d{16}$/.test(number) : !(number.length >= 1 && number.length <= 60)) {
    errs.push(
      userError(
        'INVALID_CERTIFICATE_NUMBER',
        input.kind === CertificationKind.CCC
          ? 'A CCC certificate number has 16 digits.'
          : 'The number has 1 to 60 characters.',
        ['input', 'number'],
      ),
    );
  }
  const body = check.text(errs, input.body, ['input', 'body'], { max: 200, required: true });
  const scope = check.text(errs, input.scope, ['input', 'scope'], { max: 2000, required: true });
  const validFrom = check.isoDate(errs, input.validFrom, ['input', 'validFrom']);
  const validUntil = check.isoDate(errs, input.validUntil, ['input', 'validUntil']) ?? null;
  if (validFrom && validUntil && validUntil < validFrom)
    errs.push(userError('INVALID_VALIDITY', 'The validity ends before it begins.', ['input', 'validUntil']));
  let laboratory: Organization | null = null;
  if (input.laboratory) {
    laboratory = await findByGlobalId(em, Organization, input.laboratory, ['input', 'laboratory']);
    if (!laboratory.roles.includes(OrganizationRole.TESTING_LAB))
      errs.push(userError('NOT_A_LABORATORY', `${laboratory.name} is not a testing lab.`, ['input', 'laboratory']));
  }
  if (!errs.length && (await em.count(Certification, { product, kind: input.kind, number }))) {
    errs.push(userError('DUPLICATE_CERTIFICATE', `Certificate ${number} is recorded already.`, ['input', 'number']));
  }
  if (errs.length) throw new InputError(errs);
  const cert = em.create(Certification, {
    product,
    kind: input.kind,
    number,
    body: body!,
    laboratory,
    scope: scope!,
    validFrom: validFrom!,
    validUntil,
  });
  await em.flush();
  return cert;
}

export async function setCertificationStatus(
  em: EntityManager,
  cert: Certification,
  status: CertificationStatus,
): Promise<Certification> {
  if (status === CertificationStatus.EXPIRED)
    throw new InputError([userError('INVALID_STATUS', 'EXPIRED follows from the end date.', ['status'])]);
  cert.recordedStatus = status;
  cert.statusChangedAt = new Date();
  await em.flush();
  return cert;
}

/** Status as consumers should read it: a VALID certificate past its last day is EXPIRED. */
export function effectiveStatus(cert: Certification, today: string): CertificationStatus {
  if (cert.recordedStatus === CertificationStatus.VALID && cert.validUntil && cert.validUntil < today)
    return CertificationStatus.EXPIRED;
  return cert.recordedStatus;
}

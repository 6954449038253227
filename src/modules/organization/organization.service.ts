import type { EntityManager } from '@mikro-orm/postgresql';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { Location } from './location.entity';
import { LocationKind, OrganizationRole } from './organization.enums';
import { Organization } from './organization.entity';

export interface OrganizationInput {
  name: string;
  nameEn?: string | null;
  creditCode: string;
  roles: OrganizationRole[];
  regionCode: string;
  gln?: string | null;
  address?: string | null;
  phone?: string | null;
}

export interface LocationInput {
  name: string;
  kind: LocationKind;
  regionCode: string;
  gln?: string | null;
  address?: string | null;
  phone?: string | null;
}

async function glnTaken(em: EntityManager, gln: string): Promise<boolean> {
  const rows = await em.execute(
    'select 1 from organization where gln = ? union all select 1 from location where gln = ? limit 1',
    [gln, gln],
  );
  return rows.length > 0;
}

/** Creates an organization (operators, through the command line and the demo data). */
export async function createOrganization(em: EntityManager, input: OrganizationInput): Promise<Organization> {
  const errs: UserErrorData[] = [];
  const name = check.text(errs, input.name, ['input', 'name'], { max: 200, required: true, code: 'INVALID_NAME' });
  const nameEn = check.text(errs, input.nameEn, ['input', 'nameEn'], { max: 200, code: 'INVALID_NAME' });
  const creditCode = check.creditCode(errs, input.creditCode, ['input', 'creditCode']);
  const regionCode = check.region(errs, input.regionCode, ['input', 'regionCode']);
  const gln = check.gln(errs, input.gln, ['input', 'gln']);
  const address = check.text(errs, input.address, ['input', 'address'], { max: 500, code: 'INVALID_NAME' });
  const phone = check.phone(errs, input.phone, ['input', 'phone']);
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) errs.push(userError('INVALID_ROLES', 'Give at least one role.', ['input', 'roles']));
  if (creditCode && (await em.count(Organization, { creditCode }))) {
    errs.push(
      userError('DUPLICATE_CREDIT_CODE', `An organization with credit code ${creditCode} exists.`, [
        'input',
        'creditCode',
      ]),
    );
  }
  if (gln && (await glnTaken(em, gln))) errs.push(userError('DUPLICATE_GLN', `GLN ${gln} is taken.`, ['input', 'gln']));
  if (errs.length) throw new InputError(errs);
  const org = em.create(Organization, {
    name: name!,
    nameEn,
    creditCode: creditCode!,
    roles,
    regionCode: regionCode!,
    gln,
    address,
    phone,
  });
  await em.flush();
  return org;
}

/** Adds a site to an organization. */
export async function createLocation(
  em: EntityManager,
  organizationId: string,
  input: LocationInput,
  path: (string | number)[] = ['input'],
): Promise<Location> {
  const errs: UserErrorData[] = [];
  const name = check.text(errs, input.name, [...path, 'name'], { max: 200, required: true, code: 'INVALID_NAME' });
  const regionCode = check.region(errs, input.regionCode, [...path, 'regionCode']);
  const gln = check.gln(errs, input.gln, [...path, 'gln']);
  const address = check.text(errs, input.address, [...path, 'address'], { max: 500, code: 'INVALID_NAME' });
  const phone = check.phone(errs, input.phone, [...path, 'phone']);
  if (gln && (await glnTaken(em, gln))) errs.push(userError('DUPLICATE_GLN', `GLN ${gln} is taken.`, [...path, 'gln']));
  if (errs.length) throw new InputError(errs);
  const location = em.create(Location, {
    organization: em.getReference(Organization, organizationId),
    name: name!,
    kind: input.kind,
    regionCode: regionCode!,
    gln,
    address,
    phone,
  });
  await em.flush();
  return location;
}

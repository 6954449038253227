import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import type { Access } from '../console.page';

/** Who may use the regulators' pages: people of a regulator; reading for every role, changes for ADMIN and STAFF. */
export const REGULATORS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER],
  organizationRoles: [OrganizationRole.REGULATOR],
};
export const REGULATOR_WRITERS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF],
  organizationRoles: [OrganizationRole.REGULATOR],
};

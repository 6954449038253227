import { OrganizationRole } from '../../organization/organization.enums';
import { PersonRole } from '../../person/person.enums';
import type { Access } from '../console.page';

/** The regulators' pages: people of a REGULATOR organization, any role (reading is all these pages do). */
export const REGULATORS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER],
  organizationRoles: [OrganizationRole.REGULATOR],
};

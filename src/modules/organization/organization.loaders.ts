import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../common/loaders';
import { Location } from './location.entity';
import { Organization } from './organization.entity';

export function organizationLoaders(em: EntityManager) {
  return {
    organization: byIdLoader(em, Organization),
    location: byIdLoader(em, Location),
    locationsByOrganization: groupLoader(
      (ids: readonly string[]) => em.find(Location, { organization: { $in: [...ids] } }, { orderBy: { name: 'asc' } }),
      (l) => l.organization.id,
    ),
  };
}

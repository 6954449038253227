import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader, readEntitiesIn } from '../../common/loaders';
import { Location } from './location.entity';
import { Organization } from './organization.entity';

export function organizationLoaders(em: EntityManager) {
  return {
    organization: byIdLoader(em, Organization),
    location: byIdLoader(em, Location),
    locationsByOrganization: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, Location, 'organization_id', ids, 'name asc'),
      (l) => l.organization.id,
    ),
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../common/loaders';
import { SpotCheck } from './spot-check.entity';

export function spotCheckLoaders(em: EntityManager) {
  return {
    spotChecksByLot: groupLoader(
      (ids: readonly string[]) => em.find(SpotCheck, { lot: { $in: [...ids] } }, { orderBy: { sampledOn: 'desc', createdAt: 'desc' } }),
      (c) => c.lot.id,
    ),
  };
}

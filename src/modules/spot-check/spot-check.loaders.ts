import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, readEntitiesIn } from '../../common/loaders';
import { SpotCheck } from './spot-check.entity';

export function spotCheckLoaders(em: EntityManager) {
  return {
    spotChecksByLot: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, SpotCheck, 'lot_id', ids, 'sampled_on desc, created_at desc'),
      (c) => c.lot.id,
    ),
  };
}

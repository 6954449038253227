import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader, readEntitiesIn } from '../../common/loaders';
import { Commitment } from './commitment.entity';

export function commitmentLoaders(em: EntityManager) {
  return {
    commitment: byIdLoader(em, Commitment),
    /** Every version of each seller's commitment, newest first. */
    commitmentsBySeller: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, Commitment, 'seller_id', ids, 'version desc'),
      (c) => c.seller.id,
    ),
  };
}

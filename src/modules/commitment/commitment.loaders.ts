import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../common/loaders';
import { Commitment } from './commitment.entity';

export function commitmentLoaders(em: EntityManager) {
  return {
    commitment: byIdLoader(em, Commitment),
    /** Every version of each seller's commitment, newest first. */
    commitmentsBySeller: groupLoader(
      (ids: readonly string[]) => em.find(Commitment, { seller: { $in: [...ids] } }, { orderBy: { version: 'desc' } }),
      (c) => c.seller.id,
    ),
  };
}

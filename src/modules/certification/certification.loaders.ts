import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader } from '../../common/loaders';
import { Certification } from './certification.entity';

export function certificationLoaders(em: EntityManager) {
  return {
    certificationsByProduct: groupLoader(
      (ids: readonly string[]) => em.find(Certification, { product: { $in: [...ids] } }, { orderBy: { kind: 'asc', validFrom: 'desc' } }),
      (c) => c.product.id,
    ),
  };
}

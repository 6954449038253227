import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, readEntitiesIn } from '../../common/loaders';
import { Certification } from './certification.entity';

export function certificationLoaders(em: EntityManager) {
  return {
    certificationsByProduct: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, Certification, 'product_id', ids, 'kind asc, valid_from desc'),
      (c) => c.product.id,
    ),
  };
}

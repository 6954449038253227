import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../common/loaders';
import { Product } from './product.entity';

export function productLoaders(em: EntityManager) {
  return { product: byIdLoader(em, Product) };
}

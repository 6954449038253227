import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../common/loaders';
import { Lot } from './lot.entity';

export function lotLoaders(em: EntityManager) {
  return { lot: byIdLoader(em, Lot) };
}

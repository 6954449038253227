import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader, readEntitiesIn } from '../../common/loaders';
import { DeclaredStandard, StandardDeclaration } from './declaration.entity';

export function declarationLoaders(em: EntityManager) {
  return {
    declaration: byIdLoader(em, StandardDeclaration),
    /** All versions of each product, newest first. */
    declarationsByProduct: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, StandardDeclaration, 'product_id', ids, 'version desc'),
      (d) => d.product.id,
    ),
    standardsByDeclaration: groupLoader(
      (ids: readonly string[]) => readEntitiesIn(em, DeclaredStandard, 'declaration_id', ids, 'position asc'),
      (s) => s.declaration.id,
    ),
  };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupLoader } from '../../common/loaders';
import { DeclaredStandard, StandardDeclaration } from './declaration.entity';

export function declarationLoaders(em: EntityManager) {
  return {
    declaration: byIdLoader(em, StandardDeclaration),
    /** All versions of each product, newest first. */
    declarationsByProduct: groupLoader(
      (ids: readonly string[]) => em.find(StandardDeclaration, { product: { $in: [...ids] } }, { orderBy: { version: 'desc' } }),
      (d) => d.product.id,
    ),
    standardsByDeclaration: groupLoader(
      (ids: readonly string[]) => em.find(DeclaredStandard, { declaration: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (s) => s.declaration.id,
    ),
  };
}

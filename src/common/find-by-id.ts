import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeIdOf } from './global-id';
import { InputError, userError } from './user-error';
import { withArticle } from './english';

/** Loads the object a mutation argument names, or reports INVALID_ID / WRONG_ID_TYPE / NOT_FOUND on that field. */
export async function findByGlobalId<T extends object>(
  em: EntityManager,
  entity: new () => T,
  globalId: string,
  field: (string | number)[],
): Promise<T> {
  const typeName = entity.name;
  const d = decodeIdOf(typeName, globalId);
  if ('problem' in d) {
    const message = d.problem === 'WRONG_ID_TYPE' ? `Expected the ID of ${withArticle(typeName)}.` : 'Not a valid ID.';
    throw new InputError([userError(d.problem, message, field)]);
  }
  const found = await em.findOne(entity as never, { id: d.id } as never);
  if (!found) throw new InputError([userError('NOT_FOUND', `No ${typeName} has this ID.`, field)]);
  return found as T;
}

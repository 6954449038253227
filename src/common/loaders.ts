import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { uuidArray } from './sql';

type WithId = { id: string };

/**
 * Reads rows of an entity's table as entity instances outside the unit of work: the loaders' read
 * path. It skips MikroORM's query builder and identity map (about a fifth of `em.find`'s CPU per row,
 * which decides the throughput of the consumer trace), while custom types and relation references are
 * mapped as `em.find` maps them. The instances are never flushed: writes load through the EntityManager.
 */
export async function readEntities<T extends object>(em: EntityManager, entity: new () => T, where: string, params: unknown[], orderBy?: string): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const rows = await em.execute<Record<string, unknown>[]>(`select * from "${meta.tableName}" where ${where}${orderBy ? ` order by ${orderBy}` : ''}`, params);
  const comparator = em.getComparator();
  const factory = em.getEntityFactory();
  return rows.map((row) => factory.create(entity, comparator.mapResult(entity.name, row) as never, { merge: false, newEntity: false, convertCustomTypes: true }) as T);
}

/** Rows whose `column` (a uuid) is one of `ids`, as entities (see `readEntities`). */
export function readEntitiesIn<T extends object>(em: EntityManager, entity: new () => T, column: string, ids: readonly string[], orderBy?: string): Promise<T[]> {
  return readEntities(em, entity, `"${column}" = any(?::uuid[])`, [uuidArray(ids)], orderBy);
}

/** Loads entities by primary key, one query per batch; missing keys give null. */
export function byIdLoader<T extends WithId>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await readEntitiesIn(em, entity, 'id', ids);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads lists grouped by a key, one query per batch. */
export function groupLoader<K, T>(fetch: (keys: readonly K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, T[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

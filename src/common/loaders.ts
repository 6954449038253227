import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

type WithId = { id: string };

/** Loads entities by primary key, one `IN` query per batch; missing keys give null. */
export function byIdLoader<T extends WithId>(em: EntityManager, entity: new () => T): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
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

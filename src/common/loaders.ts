import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { readQuery } from '../db/read-query';
import { uuidArray } from './sql';

type WithId = { id: string };

type Row = Record<string, unknown>;
type Mapper = (row: Row) => object;
const mappers = new Map<string, Mapper>();

/**
 * A row → entity mapper compiled once per entity from MikroORM's metadata: scalars converted as its
 * hydrator converts them (custom types, dates, booleans), many-to-one relations as references that
 * carry the key. The instances live outside the unit of work, so they are cheap (MikroORM's own
 * factory spends most of a consumer trace's CPU on this) and never flushed.
 */
function mapperFor(em: EntityManager, entityName: string): Mapper {
  const known = mappers.get(entityName);
  if (known) return known;
  const meta = em.getMetadata().get(entityName);
  const platform = em.getPlatform();
  const steps = meta.props
    .filter(
      (p) =>
        p.persist !== false &&
        p.fieldNames?.length === 1 &&
        (p.kind === 'scalar' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner)),
    )
    .map((p): ((e: Row, row: Row) => void) => {
      const column = p.fieldNames[0];
      const name = p.name;
      if (p.kind !== 'scalar') {
        const target = p.targetMeta!;
        const pk = target.primaryKeys[0];
        return (e, row) => {
          const v = row[column];
          e[name] = v == null ? null : Object.setPrototypeOf({ [pk]: v }, target.prototype);
        };
      }
      if (p.customType) {
        const type = p.customType;
        return (e, row) => {
          const v = row[column];
          e[name] = v == null ? null : type.convertToJSValue(v, platform);
        };
      }
      if (p.runtimeType === 'Date') {
        return (e, row) => {
          const v = row[column];
          e[name] = v == null ? null : v instanceof Date ? v : new Date(v as string);
        };
      }
      if (p.runtimeType === 'boolean') {
        return (e, row) => {
          const v = row[column];
          e[name] = v == null ? null : !!v;
        };
      }
      return (e, row) => {
        e[name] = row[column] ?? null;
      };
    });
  // Own data properties on a plain object, then the prototype: MikroORM's prototype setters (its change
  // tracking, which builds a helper per entity) never run for these read-only instances.
  const mapper: Mapper = (row) => {
    const e: Row = {};
    for (const step of steps) step(e, row);
    return Object.setPrototypeOf(e, meta.prototype);
  };
  mappers.set(entityName, mapper);
  return mapper;
}

/** A `to_jsonb` column as an object (the driver hands some JSON over as text). */
export function jsonRow(value: unknown): Row {
  return (typeof value === 'string' ? JSON.parse(value) : value) as Row;
}

/** An entity instance from a row of its table (or `to_jsonb` of one), as `readEntities` makes them. */
export function entityFromRow<T extends object>(em: EntityManager, entity: new () => T, row: Row): T {
  return mapperFor(em, entity.name)(row) as T;
}

/**
 * Reads rows of an entity's table as entity instances outside the unit of work: the loaders' read
 * path. It skips MikroORM's query builder, identity map and entity factory, a
 * fifth of `em.find`'s CPU, which decides the throughput of the consumer trace. Writes load through
 * the EntityManager.
 */
async function readEntities<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: string,
  params: unknown[],
  orderBy?: string,
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const rows = await readQuery(
    em,
    `select * from "${meta.tableName}" where ${where}${orderBy ? ` order by ${orderBy}` : ''}`,
    params,
  );
  const map = mapperFor(em, entity.name);
  return rows.map((row) => map(row) as T);
}

/** Rows whose `column` (a uuid) is one of `ids`, as entities (see `readEntities`). */
export function readEntitiesIn<T extends object>(
  em: EntityManager,
  entity: new () => T,
  column: string,
  ids: readonly string[],
  orderBy?: string,
): Promise<T[]> {
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
export function groupLoader<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
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

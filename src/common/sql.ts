/** A PostgreSQL array literal of UUIDs, passed as one parameter (`?::uuid[]`): knex would expand a JS array. */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return `{${ids.join(',')}}`;
}

/**
 * A PostgreSQL array literal of text values (NULL for null), passed as one parameter: quoted and
 * escaped, so that any text (commas, quotes, braces, backslashes) round-trips.
 */
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

/** A PostgreSQL array literal of nullable UUIDs. */
export function nullableUuidArray(ids: readonly (string | null)[]): string {
  return `{${ids.map((id) => (id === null ? 'NULL' : uuidArray([id]).slice(1, -1))).join(',')}}`;
}

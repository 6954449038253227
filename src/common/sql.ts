/** A PostgreSQL array literal of UUIDs, passed as one parameter (`?::uuid[]`): knex would expand a JS array. */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`not a uuid: ${id}`);
  return `{${ids.join(',')}}`;
}

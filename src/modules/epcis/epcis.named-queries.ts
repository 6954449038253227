/**
 * Named queries (`POST /epcis/queries`): a SimpleEventQuery saved under a name by an organization, run later
 * (`GET /epcis/queries/{name}/events`) or subscribed to (epcis.subscriptions.ts). The body follows GS1's query
 * schema (values as arrays); it is kept as the query-string parameters `GET /epcis/events` takes, parsed once
 * on saving so that a saved query always runs.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EpcisProblem } from './epcis.problem';
import { parseEventQuery } from './epcis.query.params';
import { queryBodyProblems } from './epcis.schema';

export interface NamedQuery {
  id: string;
  organizationId: string;
  name: string;
  params: Record<string, string>;
  createdAt: Date;
}

const NAME = /^[A-Za-z0-9._~-]{1,100}$/;

/** A query body (GS1's query schema) as query-string parameters. */
export function paramsOfBody(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (k === '@context') continue;
    out[k] = Array.isArray(v) ? v.map(String).join('|') : String(v);
  }
  return out;
}

export async function saveQuery(em: EntityManager, organizationId: string, body: unknown): Promise<NamedQuery> {
  const b = (body && typeof body === 'object' ? body : {}) as { name?: unknown; query?: unknown };
  if (typeof b.name !== 'string' || !NAME.test(b.name))
    throw new EpcisProblem(400, 'ValidationException', 'name: 1 to 100 letters, digits, ".", "_", "~" or "-".');
  if (!b.query || typeof b.query !== 'object' || Array.isArray(b.query))
    throw new EpcisProblem(400, 'ValidationException', 'query: an EPCIS query object (GS1 query schema).');
  const problems = queryBodyProblems(b.query);
  if (problems.length)
    throw new EpcisProblem(
      400,
      'QueryParameterException',
      problems
        .map((p) => p.message)
        .slice(0, 3)
        .join('; '),
      { errors: problems },
    );
  const params = paramsOfBody(b.query as Record<string, unknown>);
  parseEventQuery(params);
  const id = randomUUID();
  const rows = await em.execute<{ id: string }[]>(
    `insert into epcis_query (id, organization_id, name, params, created_at) values (?, ?, ?, ?::jsonb, now())
     on conflict (organization_id, name) do nothing returning id`,
    [id, organizationId, b.name, JSON.stringify(params)],
  );
  if (rows.length === 0)
    throw new EpcisProblem(409, 'DuplicateNameException', `You have a query named ${b.name} already.`);
  return { id, organizationId, name: b.name, params, createdAt: new Date() };
}

type Row = { id: string; organization_id: string; name: string; params: unknown; created_at: Date };
const named = (r: Row): NamedQuery => ({
  id: r.id,
  organizationId: r.organization_id,
  name: r.name,
  createdAt: new Date(r.created_at),
  params: (typeof r.params === 'string' ? JSON.parse(r.params) : r.params) as Record<string, string>,
});

export async function listQueries(em: EntityManager, organizationId: string): Promise<NamedQuery[]> {
  return (
    await em.execute<Row[]>('select * from epcis_query where organization_id = ? order by name', [organizationId])
  ).map(named);
}

/** One of the organization's named queries, or a 404 (another organization's is as unknown as a missing one). */
export async function queryNamed(em: EntityManager, organizationId: string, name: string): Promise<NamedQuery> {
  const [row] = await em.execute<Row[]>('select * from epcis_query where organization_id = ? and name = ?', [
    organizationId,
    name,
  ]);
  if (!row) throw new EpcisProblem(404, 'NoSuchNameException', `You have no query named ${name}.`);
  return named(row);
}

export async function deleteQuery(em: EntityManager, organizationId: string, name: string): Promise<void> {
  const q = await queryNamed(em, organizationId, name);
  await em.execute('delete from epcis_query where id = ?', [q.id]);
}

export function queryBody(q: NamedQuery) {
  return {
    name: q.name,
    query: Object.fromEntries(
      Object.entries(q.params).map(([k, v]) => [k, /^(EQ_|MATCH_|WD_|eventType)/.test(k) ? v.split('|') : v]),
    ),
    createdAt: q.createdAt.toISOString(),
  };
}

import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

type Row = Record<string, unknown>;

interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }>;
}

const positional = new Map<string, { name: string; text: string }>();

/** Connections of ORMs whose reads run as unnamed statements (see `useNamedStatements`). */
const unnamed = new WeakSet<object>();

/**
 * Whether `readQuery` names its statements on this ORM's connections. Named statements live in the
 * server's session: they need a session per client connection, which PostgreSQL and a pooler in session
 * mode give, and the embedded database's socket or PgBouncer before 1.21 in transaction mode do not.
 * Unnamed, the statement is parsed and planned on every call, and works anywhere.
 */
export function useNamedStatements(orm: MikroORM, on: boolean): void {
  if (on) unnamed.delete(orm.em.getConnection());
  else unnamed.add(orm.em.getConnection());
}

/** `?` placeholders to `$1…`, and a stable statement name, computed once per SQL text. */
function prepared(sql: string): { name: string; text: string } {
  let p = positional.get(sql);
  if (!p) {
    let n = 0;
    p = {
      name: `r_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`,
      text: sql.replace(/\?/g, () => `$${++n}`),
    };
    positional.set(sql, p);
  }
  return p;
}

/**
 * Runs a read-only statement of the loaders as a named prepared statement on a pooled connection:
 * PostgreSQL plans it once per connection, and the values travel as parameters, where `em.execute`
 * inlines them into a new SQL text each time (the consumer trace runs ten of these per request). It is
 * logged like every other statement. Inside a transaction it runs on the transaction, through `em.execute`.
 * Where named statements are off (`useNamedStatements`), the same runs as an unnamed statement.
 */
export async function readQuery<T extends Row = Row>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (em.getTransactionContext()) return em.execute<T[]>(sql, params);
  const connection = em.getConnection();
  const knexClient = connection.getKnex().client as unknown as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(c: PgClient): Promise<void>;
  };
  const statement = prepared(sql);
  const started = Date.now();
  const client = await knexClient.acquireConnection();
  try {
    const name = unnamed.has(connection) ? undefined : statement.name;
    const { rows } = await client.query({ name, text: statement.text, values: params });
    (connection as unknown as { logQuery(q: string, ctx: object): void }).logQuery(sql, {
      params,
      took: Date.now() - started,
      results: rows.length,
    });
    return rows as T[];
  } finally {
    await knexClient.releaseConnection(client);
  }
}

/**
 * Runs a statement on the current transaction with its values as bind parameters, and logs it. For the
 * bulk writes: `em.execute` would inline thousands of values into the SQL text, which PostgreSQL then parses.
 */
export async function txQuery<T extends Row = Row>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const trx = em.getTransactionContext() as unknown as
    { raw(sql: string, bindings: unknown[]): Promise<{ rows: Row[] }> } | undefined;
  if (!trx) throw new Error('txQuery runs inside a transaction');
  const started = Date.now();
  const { rows } = await trx.raw(sql, params);
  (em.getConnection() as unknown as { logQuery(q: string, ctx: object): void }).logQuery(sql, {
    params,
    took: Date.now() - started,
    results: rows.length,
  });
  return rows as T[];
}

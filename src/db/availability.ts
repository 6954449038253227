import { ConnectionException } from '@mikro-orm/core';

/** SQLSTATE classes and codes that mean "the server is not there right now", not "your request is wrong". */
// Connection exceptions (not 08P01, a protocol violation such as NUL in text), admin/crash shutdown,
// cannot connect now, too many connections.
const UNAVAILABLE_SQLSTATES = /^(0800[0-7]|57P0[1-3]|53300)$/;
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
// knex's "Transaction query already complete" is what a transaction's first query gets when its
// connection died at BEGIN (the cause itself goes to the transaction's own promise, which MikroORM does
// not surface); every mutation here is one transactional callback, so no query follows a commit.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Client has encountered a connection error|Knex: Timeout acquiring a connection|terminating connection due to administrator command|the database system is (starting up|shutting down)|Connection ended unexpectedly|Transaction query already complete/i;

/**
 * Whether an error means the database is unreachable or restarting: a retryable outage (503), not a
 * bug (500). Looks through wrappers (GraphQL's originalError, MikroORM's `previous`, `cause`).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    if (e instanceof ConnectionException) return true;
    const x = e as { code?: unknown; message?: unknown; originalError?: unknown; previous?: unknown; cause?: unknown };
    if (typeof x.code === 'string' && (UNAVAILABLE_SQLSTATES.test(x.code) || UNAVAILABLE_ERRNOS.has(x.code)))
      return true;
    if (typeof x.message === 'string' && UNAVAILABLE_MESSAGES.test(x.message)) return true;
    e = x.originalError ?? x.previous ?? x.cause;
  }
  return false;
}

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../db/availability';
import { UNAVAILABLE_MESSAGE } from './errors';

/** SQLSTATEs that mean the input could not be represented (NUL in text, bad bytes, a malformed UUID): the client's fault. */
const MALFORMED_INPUT = new Set(['08P01', '22021', '22P02', '22001', '22003', '22007', '22008']);

/**
 * The last word on errors of the plain HTTP routes (resolver, forms, codes, exports, ledger, health):
 * a client error keeps its 4xx and reason; a database outage is a 503 with Retry-After; anything else
 * is a 500 that says nothing of SQL or code, and is logged in full.
 */
export function httpErrorHandler(app: FastifyInstance) {
  return (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ error: 'bad request', reason: err.message });
    }
    if (isDatabaseUnavailable(err)) {
      request.log.warn({ err }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '1')
        .send({ error: 'service unavailable', reason: UNAVAILABLE_MESSAGE });
    }
    const code = (err as { code?: unknown }).code ?? (err as { previous?: { code?: unknown } }).previous?.code;
    if (typeof code === 'string' && MALFORMED_INPUT.has(code)) {
      return reply.code(400).send({
        error: 'bad request',
        reason: 'The request holds characters or values that cannot be stored or looked up.',
      });
    }
    app.log.error({ err, url: request.url }, 'unexpected error in HTTP route');
    return reply
      .code(500)
      .send({ error: 'internal server error', reason: 'It has been logged; please try again or report it.' });
  };
}

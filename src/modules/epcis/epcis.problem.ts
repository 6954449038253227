/**
 * Errors of the EPCIS interface as RFC 7807 problem details (`application/problem+json`) with the EPCIS
 * exception types of the REST binding (`epcisException:ValidationException`, …).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../db/availability';
import { UNAVAILABLE_MESSAGE } from '../../app/errors';

export type EpcisExceptionType =
  | 'ValidationException'
  | 'QueryParameterException'
  | 'QueryTooLargeException'
  | 'QueryTooComplexException'
  | 'SecurityException'
  | 'NoSuchResourceException'
  | 'NoSuchNameException'
  | 'CaptureLimitExceededException'
  | 'UnsupportedMediaTypeException'
  | 'NotAcceptableException'
  | 'ImplementationException'
  | 'SubscriptionControlsException'
  | 'DuplicateNameException'
  | 'RateLimitException';

export class EpcisProblem extends Error {
  constructor(
    public readonly status: number,
    public readonly exception: EpcisExceptionType,
    public readonly detail: string,
    public readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  body(instance?: string): Record<string, unknown> {
    return {
      type: `epcisException:${this.exception}`,
      title: TITLES[this.exception],
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...this.extra,
    };
  }
}

const TITLES: Record<EpcisExceptionType, string> = {
  ValidationException: 'The document or event is not valid EPCIS 2.0',
  QueryParameterException: 'A query parameter is not valid',
  QueryTooLargeException: 'The query would return too many events',
  QueryTooComplexException: 'The query is too complex',
  SecurityException: 'Not authorised',
  NoSuchResourceException: 'Not found',
  NoSuchNameException: 'No query has this name',
  CaptureLimitExceededException: 'The capture is larger than this server accepts',
  UnsupportedMediaTypeException: 'Unsupported media type',
  NotAcceptableException: 'No acceptable representation or version',
  ImplementationException: 'The server could not complete the request',
  SubscriptionControlsException: 'The subscription is not valid',
  DuplicateNameException: 'A query has this name already',
  RateLimitException: 'Too many requests',
};

/**
 * The EPCIS routes' error handler: problems as they are; fastify's own 4xx (body too large, bad JSON) as problems
 * too.
 */
export function epcisErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const send = (p: EpcisProblem) => reply.code(p.status).type('application/problem+json').send(p.body(request.url));
  if (err instanceof EpcisProblem) return send(err);
  if (isDatabaseUnavailable(err)) {
    reply.header('retry-after', '1');
    return send(new EpcisProblem(503, 'ImplementationException', UNAVAILABLE_MESSAGE));
  }
  const status = err.statusCode ?? 500;
  if (status === 413)
    return send(
      new EpcisProblem(
        413,
        'CaptureLimitExceededException',
        'The body is larger than the announced GS1-EPCIS-Capture-File-Size-Limit.',
      ),
    );
  if (status === 415)
    return send(
      new EpcisProblem(415, 'UnsupportedMediaTypeException', 'Send application/json or application/ld+json.'),
    );
  if (status >= 400 && status < 500) return send(new EpcisProblem(status, 'ValidationException', err.message));
  request.log.error({ err, url: request.url }, 'unexpected error in an EPCIS route');
  return send(new EpcisProblem(500, 'ImplementationException', 'It has been logged; please try again or report it.'));
}

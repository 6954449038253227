import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../db/availability';

export type ErrorLogger = (err: unknown, context: string) => void;

/**
 * Apollo `formatError`. Errors raised on purpose are GraphQLErrors with a code (ours: UNAUTHENTICATED,
 * FORBIDDEN, INVALID_GTIN…; Apollo's: parse, validation, bad variables) and reach the caller without
 * their stack. Anything else is a bug or an outage: masked (no SQL, no stack) and logged in full.
 */
export function errorFormatter(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isDatabaseUnavailable(original)) {
      log(original, 'database unavailable during a GraphQL operation');
      return serviceUnavailableFormatted(formatted.path);
    }
    log(original, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error. It has been logged; please try again or report it.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export const UNAVAILABLE_MESSAGE =
  'The database is unavailable for a moment. Nothing of this request was saved; please retry.';

function serviceUnavailableFormatted(path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  return {
    message: UNAVAILABLE_MESSAGE,
    ...(path ? { path } : {}),
    extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
  };
}

/** A database outage met before the operation ran (authentication): 503 with Retry-After. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryable: true,
      http: { status: 503, headers: new Map([['retry-after', '1']]) },
    },
  });
}

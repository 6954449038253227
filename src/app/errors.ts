import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

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
    log(original, 'unexpected error in GraphQL operation');
    return { message: 'Internal server error. It has been logged; please try again or report it.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

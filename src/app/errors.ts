import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';

/** Codes that are the caller's to read; anything else is a bug or an outage and is masked. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'INVALID_GTIN',
]);

export type ErrorLogger = (err: unknown, context: string) => void;

/** Apollo `formatError`: passes coded client errors through, masks the rest (no SQL, no stack) and logs it in full. */
export function errorFormatter(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
    if (code && PUBLIC_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error) || code !== 'INTERNAL_SERVER_ERROR')) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log(original, 'unexpected error in GraphQL operation');
    return { message: 'Internal server error. It has been logged; please try again or report it.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

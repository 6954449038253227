import { GraphQLError } from 'graphql';
import { normalizeGtin } from './gs1';

/** A GTIN argument of a query, normalised to 14 digits; a bad one is a request error with a code. */
export function gtinArg(value: string): string {
  const r = normalizeGtin(value);
  if ('gtin' in r) return r.gtin;
  throw new GraphQLError(r.problem === 'FORMAT' ? 'A GTIN has 8, 12, 13 or 14 digits.' : 'The GTIN check digit is wrong.', {
    extensions: { code: 'INVALID_GTIN' },
  });
}

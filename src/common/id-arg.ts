import { GraphQLError } from 'graphql';
import { withArticle } from './english';
import { decodeIdOf } from './global-id';

/** An ID argument of a query, decoded; a malformed one, or one of another type, is a request error with a code. */
export function idArg(type: string, value: string, argument: string): string {
  const d = decodeIdOf(type, value);
  if ('id' in d) return d.id;
  const message =
    d.problem === 'WRONG_ID_TYPE'
      ? `${argument}: expected the ID of ${withArticle(type)}.`
      : `${argument}: not a valid ID.`;
  throw new GraphQLError(message, { extensions: { code: d.problem, field: [argument] } });
}

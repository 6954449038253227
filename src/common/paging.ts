import { GraphQLError } from 'graphql';
import type { Page } from './connection';

/** Bad paging arguments are a request error, not a payload error: queries have no payload. */
export function pageOrThrow(p: Page | { problem: string }): Page {
  if ('problem' in p) throw new GraphQLError(p.problem, { extensions: { code: 'BAD_USER_INPUT' } });
  return p;
}

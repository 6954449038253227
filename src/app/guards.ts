import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visit, type ValidationContext, type ValidationRule } from 'graphql';
import { isDatabaseUnavailable } from '../db/availability';
import type { Context } from './context';
import { type Limit, type RateLimiter, rateLimited } from './rate-limit';

/**
 * What keeps one caller from hurting the others: query shape limits (graphql-armor), the parse token
 * limit, per-key and per-address request limits, no field suggestions for anonymous callers, and the
 * HTTP status of errors. Body size and page sizes are capped where they are read (http.ts, connection.ts).
 */

/** Shape limits. Every operation the scan page, the README and the tests send is far inside them. */
export const QUERY_LIMITS = {
  /** Tokens the parser reads before giving up (Apollo's own option: a 400, not armor's 500). */
  maxTokens: 20_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  /** graphql-armor's static cost: 1 per scalar, 2 per object, ×1.5 per level. */
  maxCost: 20_000,
};

function refuse(code: string) {
  return (ctx: ValidationContext | null, error: GraphQLError) =>
    ctx?.reportError(new GraphQLError(error.message, { extensions: { code } }));
}

/** graphql-armor's validation rules. Its `maxTokens` would turn syntax errors into 500s (see STACK.md), so Apollo counts tokens. */
export function armorRules(): ValidationRule[] {
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false }, // hidden from anonymous callers only: `hideSuggestionsFromPublic`
    maxDepth: { n: QUERY_LIMITS.maxDepth, propagateOnRejection: false, onReject: [refuse('QUERY_TOO_DEEP')] },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [refuse('TOO_MANY_ALIASES')] },
    maxDirectives: {
      n: QUERY_LIMITS.maxDirectives,
      propagateOnRejection: false,
      onReject: [refuse('TOO_MANY_DIRECTIVES')],
    },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [refuse('QUERY_TOO_COSTLY')],
    },
  });
  return armor.protect().validationRules;
}

/** "Did you mean …?" lists the schema's names to whoever probes it: kept for callers with a key, hidden from the public. */
export function hideSuggestionsFromPublic(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          if (contextValue.viewer?.kind === 'organization') return;
          for (const e of errors) e.message = e.message.replace(/\s*Did you mean .+\?$/, '');
        },
      };
    },
  };
}

/**
 * HTTP status of answers with errors:
 * - The database down or restarting: 503 with Retry-After, so that clients and proxies retry.
 * - A request error (parse, validation, variables) for a client that accepts only `application/json`:
 *   200, as the GraphQL-over-HTTP spec asks of that media type; `application/graphql-response+json` keeps the 400.
 */
export function httpStatusOfErrors(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      // Apollo answers `application/json` unless the client asks for the new media type (and prefers it on ties).
      const accept = request.http?.headers.get('accept') ?? '';
      const legacyJsonOnly = !accept.includes('application/graphql-response+json');
      return {
        async willSendResponse({ response, errors }) {
          if (errors?.some((e) => isDatabaseUnavailable(e.originalError ?? e))) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
            return;
          }
          const status = response.http.status;
          if (
            legacyJsonOnly &&
            status === 400 &&
            response.body.kind === 'single' &&
            !('data' in response.body.singleResult && response.body.singleResult.data)
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

/**
 * PostgreSQL cannot hold the NUL character in text, and no identifier or name has one: a request
 * carrying it, in a variable or a literal, is refused at the edge (400) instead of failing in SQL.
 */
export function refuseNulCharacters(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let found = hasNul(request.variables);
          if (!found)
            visit(document, {
              [Kind.STRING]: (node) => {
                if (node.value.includes('\u0000')) found = true;
              },
            });
          if (found) {
            throw new GraphQLError('Text may not contain the NUL character (U+0000).', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Requests per minute to /graphql: per API key, and per address for anonymous callers. 0 turns a limit off. */
export interface RequestLimits {
  perKeyPerMinute: number;
  perAddressPerMinute: number;
}

export function requestLimitsFromEnv(env = process.env): RequestLimits {
  const n = (name: string, dflt: number) => {
    const v = env[name];
    if (v === undefined || v === '') return dflt;
    const x = Number(v);
    if (!Number.isInteger(x) || x < 0)
      throw new Error(`${name} must be a whole number of requests per minute (0: no limit), not "${v}"`);
    return x;
  };
  return { perKeyPerMinute: n('RATE_LIMIT_PER_KEY', 1200), perAddressPerMinute: n('RATE_LIMIT_PER_ADDRESS', 300) };
}

/**
 * Counts one request against its actor (an API key or a console person, see `actorKey`) or its address;
 * throws RATE_LIMITED (429, Retry-After) over the limit.
 */
export async function checkRequestLimit(
  limiter: RateLimiter,
  limits: RequestLimits,
  who: { actor: string | null; ip: string },
): Promise<void> {
  const limit: Limit = who.actor
    ? { name: 'gql-key', limit: limits.perKeyPerMinute, windowSeconds: 60 }
    : { name: 'gql-ip', limit: limits.perAddressPerMinute, windowSeconds: 60 };
  if (limit.limit === 0) return;
  const verdict = await limiter.hit(limit, who.actor ?? who.ip);
  if (!verdict.allowed) throw rateLimited(verdict);
}

import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';

/** A fixed-window limit: at most `limit` hits per `windowSeconds` per key. */
export interface Limit {
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface Verdict {
  allowed: boolean;
  /** Seconds until the window resets; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(limit: Limit, key: string): Promise<Verdict>;
}

/** The public write limits, per client IP: a consumer files a few, a flood is stopped. */
export const LIMITS = {
  complaint: { name: 'complaint', limit: 5, windowSeconds: 600 },
  purchaseRegistration: { name: 'purchase', limit: 10, windowSeconds: 600 },
  /** Scope spreadsheets per API key: each can stream a million rows. */
  export: { name: 'export', limit: 20, windowSeconds: 60 },
} satisfies Record<string, Limit>;

function windowOf(limit: Limit, now: number): { slot: number; retryAfterSeconds: number } {
  const slot = Math.floor(now / 1000 / limit.windowSeconds);
  return { slot, retryAfterSeconds: Math.max(1, Math.ceil((slot + 1) * limit.windowSeconds - now / 1000)) };
}

/** Counts in this process only: the embedded default, and the fallback while Redis is down. */
export function memoryRateLimiter(): RateLimiter {
  const counts = new Map<string, { slot: number; n: number }>();
  return {
    async hit(limit, key) {
      const { slot, retryAfterSeconds } = windowOf(limit, Date.now());
      const id = `${limit.name}:${key}`;
      const c = counts.get(id);
      const n = c && c.slot === slot ? c.n + 1 : 1;
      counts.set(id, { slot, n });
      if (counts.size > 100_000) for (const [k, v] of counts) if (v.slot !== slot) counts.delete(k);
      return n <= limit.limit ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds };
    },
  };
}

/** Counts in Redis under `namespace`, shared by every instance; falls back to this process's counts when Redis fails. */
export function redisRateLimiter(redis: Redis, namespace: string): RateLimiter {
  const fallback = memoryRateLimiter();
  return {
    async hit(limit, key) {
      const { slot, retryAfterSeconds } = windowOf(limit, Date.now());
      const id = `${namespace}:rl:${limit.name}:${key}:${slot}`;
      try {
        const res = await redis.multi().incr(id).expire(id, limit.windowSeconds + 1).exec();
        const n = Number(res?.[0]?.[1]);
        if (!Number.isFinite(n)) throw new Error('rate limit counter missing');
        return n <= limit.limit ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds };
      } catch {
        return fallback.hit(limit, key);
      }
    },
  };
}

/** The GraphQL answer to a refused hit: HTTP 429 with Retry-After. */
export function rateLimited(v: Verdict): GraphQLError {
  return new GraphQLError(`Too many requests from this address; try again in ${v.retryAfterSeconds} s.`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds: v.retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(v.retryAfterSeconds)]]) },
    },
  });
}

import { GraphQLError } from 'graphql';
import type { RedisClient } from './redis';

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

/**
 * Failures that lock a key for a growing time (sign-in attempts): the first `free` failures pass; from
 * the `free`-th on, each failure locks the key for `baseSeconds` × 2^(failures − free), at most
 * `maxSeconds`. The count is forgotten `forgetSeconds` after the last failure.
 */
export interface Backoff {
  name: string;
  free: number;
  baseSeconds: number;
  maxSeconds: number;
  forgetSeconds: number;
}

export interface RateLimiter {
  /** Counts a hit in a fixed window; refused over the limit. */
  hit(limit: Limit, key: string): Promise<Verdict>;
  /** Whether earlier failures lock `key` now. */
  locked(backoff: Backoff, key: string): Promise<Verdict>;
  /** Counts a failure; `allowed: false` when it locks the key (with how long). */
  failed(backoff: Backoff, key: string): Promise<Verdict>;
  /** Forgets the failures of `key` (after a success). */
  cleared(backoff: Backoff, key: string): Promise<void>;
}

/** Seconds a key is locked after its `failures`-th failure (0: not locked). */
export function lockSeconds(b: Backoff, failures: number): number {
  if (failures < b.free) return 0;
  return Math.min(b.maxSeconds, b.baseSeconds * 2 ** Math.min(failures - b.free, 30));
}

function lockVerdict(untilMs: number, now: number): Verdict {
  return untilMs > now
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((untilMs - now) / 1000)) }
    : { allowed: true, retryAfterSeconds: 0 };
}

/** The public write limits, per client IP: a consumer files a few, a flood is stopped. */
export const LIMITS = {
  complaint: { name: 'complaint', limit: 5, windowSeconds: 600 },
  purchaseRegistration: { name: 'purchase', limit: 10, windowSeconds: 600 },
  /** Scope spreadsheets per API key: each can stream a million rows. */
  export: { name: 'export', limit: 20, windowSeconds: 60 },
  /** Passkey sign-in challenges per address: each is a row for five minutes. */
  passkeyOptions: { name: 'passkey-options', limit: 30, windowSeconds: 60 },
} satisfies Record<string, Limit>;

function windowOf(limit: Limit, now: number): { slot: number; retryAfterSeconds: number } {
  const slot = Math.floor(now / 1000 / limit.windowSeconds);
  return { slot, retryAfterSeconds: Math.max(1, Math.ceil((slot + 1) * limit.windowSeconds - now / 1000)) };
}

/** Counts in this process only: the embedded default, and the fallback while Redis is down. `now` for tests. */
export function memoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const counts = new Map<string, { slot: number; n: number }>();
  const failures = new Map<string, { n: number; untilMs: number; forgetAtMs: number }>();
  const failuresOf = (b: Backoff, key: string) => {
    const f = failures.get(`${b.name}:${key}`);
    return f && f.forgetAtMs > now() ? f : null;
  };
  return {
    async locked(b, key) {
      return lockVerdict(failuresOf(b, key)?.untilMs ?? 0, now());
    },
    async failed(b, key) {
      const t = now();
      const n = (failuresOf(b, key)?.n ?? 0) + 1;
      const untilMs = t + lockSeconds(b, n) * 1000;
      failures.set(`${b.name}:${key}`, { n, untilMs, forgetAtMs: Math.max(untilMs, t + b.forgetSeconds * 1000) });
      if (failures.size > 100_000) for (const [k, v] of failures) if (v.forgetAtMs <= t) failures.delete(k);
      return lockVerdict(untilMs, t);
    },
    async cleared(b, key) {
      failures.delete(`${b.name}:${key}`);
    },
    async hit(limit, key) {
      const { slot, retryAfterSeconds } = windowOf(limit, now());
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
export function redisRateLimiter(redis: RedisClient, namespace: string): RateLimiter {
  const fallback = memoryRateLimiter();
  const keyOf = (b: Backoff, key: string) => `${namespace}:bo:${b.name}:${key}`;
  return {
    async locked(b, key) {
      try {
        return lockVerdict(Number(await redis.hget(keyOf(b, key), 'until')) || 0, Date.now());
      } catch {
        return fallback.locked(b, key);
      }
    },
    async failed(b, key) {
      const id = keyOf(b, key);
      try {
        const res = await redis
          .multi()
          .hincrby(id, 'n', 1)
          .pexpire(id, b.forgetSeconds * 1000)
          .exec();
        const n = Number(res?.[0]?.[1]);
        if (!Number.isFinite(n)) throw new Error('failure counter missing');
        const lock = lockSeconds(b, n);
        if (lock === 0) return { allowed: true, retryAfterSeconds: 0 };
        const untilMs = Date.now() + lock * 1000;
        await redis
          .multi()
          .hset(id, 'until', String(untilMs))
          .pexpire(id, Math.max(lock, b.forgetSeconds) * 1000)
          .exec();
        return lockVerdict(untilMs, Date.now() - 1);
      } catch {
        return fallback.failed(b, key);
      }
    },
    async cleared(b, key) {
      await Promise.all([redis.del(keyOf(b, key)).catch(() => undefined), fallback.cleared(b, key)]);
    },
    async hit(limit, key) {
      const { slot, retryAfterSeconds } = windowOf(limit, Date.now());
      const id = `${namespace}:rl:${limit.name}:${key}:${slot}`;
      try {
        const res = await redis
          .multi()
          .incr(id)
          .expire(id, limit.windowSeconds + 1)
          .exec();
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

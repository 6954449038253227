import { createHash } from 'node:crypto';
import { mastersOf, type RedisClient } from '../../app/redis';
import type { Bus } from '../../app/bus';

/**
 * Rendered scan pages, by GTIN and then by lot and language. Two levels: this process's memory (a
 * bounded map, entries live at most a minute) and, with Redis, a hash per GTIN shared by every instance
 * (entries live ten minutes). A write that changes what a page shows calls `changed` with the GTINs it
 * touched, or 'all': the Redis hashes go, and every instance hears it on the bus and drops its copies,
 * so no instance serves a stale page after the write is acknowledged (a second delete a second later
 * catches a page rendered from data read just before the write). Redis being down only costs speed:
 * every Redis error falls through to rendering from PostgreSQL, and when Redis comes back every page
 * cached before the outage is dropped (invalidations sent meanwhile were lost).
 *
 * What changes a page, and who calls `changed` (one place per rule):
 * - custody events and new lots: the GTINs of their lots (custody and lot resolvers); new inputs also
 *   those of the input lots and of every lot made from the lot at any depth (its upstream changed);
 * - declarations and certificates: their product's GTIN (declaration and certification resolvers);
 * - recalls changing status and commitments: 'all' (recall and commitment resolvers), being rare and
 *   reaching across products.
 */
export interface CachedPage {
  html: string;
  etag: string;
}

export type PageChange = { gtins: string[] } | 'all';

export interface PageCache {
  get(gtin: string, variant: string): Promise<CachedPage | null>;
  /** Stores a page rendered from data read at `readAt` (from `epoch()`), unless a change came since. */
  set(gtin: string, variant: string, html: string, readAt: number): Promise<CachedPage>;
  /** A token to pass to `set`: taken before reading the data a page is rendered from. */
  epoch(gtin: string): number;
  changed(change: PageChange): Promise<void>;
  close(): void;
}

const PAGES_CHANGED = 'scan.pages.changed';
const MEMORY_TTL_MS = 60_000;
const MEMORY_MAX_ENTRIES = 5_000;
const REDIS_TTL_S = 600;

const etagOf = (html: string) => `"${createHash('sha1').update(html).digest('base64url')}"`;

/** `namespace` keeps deployments (or test databases) sharing one Redis apart. */
export function pageCache(bus: Bus, redis: RedisClient | null, namespace: string): PageCache {
  const REDIS_PREFIX = `${namespace}:scan:v1:`;
  const CHANNEL = `${PAGES_CHANGED}:${namespace}`;
  const memory = new Map<string, { page: CachedPage; expires: number }>();
  const epochs = new Map<string, number>();
  let allEpoch = 0;

  const key = (gtin: string, variant: string) => `${gtin}|${variant}`;
  const dropLocal = (change: PageChange) => {
    if (change === 'all') {
      allEpoch++;
      memory.clear();
      return;
    }
    for (const gtin of change.gtins) {
      epochs.set(gtin, (epochs.get(gtin) ?? 0) + 1);
      for (const k of memory.keys()) if (k.startsWith(`${gtin}|`)) memory.delete(k);
    }
  };
  const unsubscribe = bus.subscribe(CHANNEL, (m) => dropLocal(m as PageChange));

  const dropShared = async (change: PageChange) => {
    if (!redis) return;
    try {
      // One key per UNLINK: in a cluster the keys are on different nodes.
      const unlink = (keys: string[]) => Promise.all(keys.map((k) => redis.unlink(k)));
      if (change === 'all') {
        for (const node of mastersOf(redis)) {
          let cursor = '0';
          do {
            const [next, keys] = await node.scan(cursor, 'MATCH', `${REDIS_PREFIX}*`, 'COUNT', 500);
            await unlink(keys);
            cursor = next;
          } while (cursor !== '0');
        }
      } else if (change.gtins.length) {
        await unlink(change.gtins.map((g) => REDIS_PREFIX + g));
      }
    } catch {
      // Redis is down: its entries expire on their own, and instances drop theirs through the bus.
    }
  };

  // After an outage, changes made meanwhile (here or on other instances) may not have reached Redis or
  // the bus: start over rather than serve what they should have dropped.
  let everUp = redis?.status === 'ready';
  let up = everUp;
  const onReady = () => {
    if (everUp && !up) {
      dropLocal('all');
      void dropShared('all');
    }
    everUp = up = true;
  };
  const onDown = () => {
    up = false;
  };
  redis?.on('ready', onReady);
  redis?.on('close', onDown);

  return {
    epoch(gtin) {
      return allEpoch * 1_000_000 + (epochs.get(gtin) ?? 0);
    },
    async get(gtin, variant) {
      const k = key(gtin, variant);
      const hit = memory.get(k);
      if (hit && hit.expires > Date.now()) return hit.page;
      if (hit) memory.delete(k);
      if (!redis) return null;
      try {
        const html = await redis.hget(REDIS_PREFIX + gtin, variant);
        if (html === null) return null;
        const page = { html, etag: etagOf(html) };
        memory.set(k, { page, expires: Date.now() + MEMORY_TTL_MS });
        return page;
      } catch {
        return null;
      }
    },
    async set(gtin, variant, html, readAt) {
      const page = { html, etag: etagOf(html) };
      if (this.epoch(gtin) !== readAt) return page;
      if (memory.size >= MEMORY_MAX_ENTRIES) memory.delete(memory.keys().next().value!);
      memory.set(key(gtin, variant), { page, expires: Date.now() + MEMORY_TTL_MS });
      if (redis) {
        try {
          await redis
            .multi()
            .hset(REDIS_PREFIX + gtin, variant, html)
            .expire(REDIS_PREFIX + gtin, REDIS_TTL_S)
            .exec();
        } catch {
          // Served from memory and PostgreSQL until Redis is back.
        }
      }
      return page;
    },
    async changed(change) {
      if (change !== 'all' && change.gtins.length === 0) return;
      dropLocal(change);
      await dropShared(change);
      // Other instances' copies expire within a minute if the bus is down: never hold the write's answer for it.
      await bus.publish(CHANNEL, change);
      setTimeout(() => void dropShared(change), 1000).unref();
    },
    close() {
      unsubscribe();
      redis?.off('ready', onReady);
      redis?.off('close', onDown);
    },
  };
}

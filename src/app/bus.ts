import { EventEmitter } from 'node:events';
import { redisClient, type RedisClient, type RedisTarget } from './redis';

/**
 * Messages between server instances (recall notices now; cache invalidation later). With REDIS_URL
 * it is Redis pub/sub, so every instance hears every message; without it (the embedded default, one
 * process) an in-process emitter.
 */
export interface Bus {
  /**
   * Best effort and never slow: a message is a nudge ("look now"), the state itself is in PostgreSQL.
   * While Redis is down, messages are dropped (and logged) at once.
   */
  publish(channel: string, message: unknown): Promise<void>;
  subscribe(channel: string, handler: (message: unknown) => void): () => void;
  /**
   * Resolves once messages published on `channel` by any instance reach this one (after a `subscribe`):
   * at once in process and while Redis is down (ioredis subscribes again when it is back), after at
   * most a second while Redis is slow.
   */
  listening(channel: string): Promise<void>;
  close(): Promise<void>;
}

export function inProcessBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(channel, message) {
      emitter.emit(channel, message);
    },
    subscribe(channel, handler) {
      emitter.on(channel, handler);
      return () => emitter.off(channel, handler);
    },
    async listening() {},
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Resolves once the client is ready. ioredis's `Cluster.connect()` can stay pending for good after the client
 * became ready (seen on a loaded machine: its first slots refresh timed out and a retry succeeded), which hung
 * a server's start; the `ready` event settles it as well.
 */
function connected(client: RedisClient): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('ready', () => resolve());
    client.connect().then(() => resolve(), reject);
  });
}

/**
 * Redis pub/sub on one server or on a cluster. In a cluster a PUBLISH reaches the subscribers on every
 * node (the cluster bus carries it): messages here are few nudges to every instance, so that is the fit;
 * sharded pub/sub (SSUBSCRIBE) would suit many channels each heard by a few, which is not this.
 */
export async function redisBus(
  target: string | RedisTarget,
  log: (err: unknown) => void = () => undefined,
): Promise<Bus> {
  const where = typeof target === 'string' ? { url: target } : target;
  // Publishing fails at once while disconnected (no offline queue), so that no request waits on Redis.
  const pub = redisClient(where, { lazyConnect: true });
  const sub = redisClient(where, { lazyConnect: true, fast: false });
  pub.on('error', log);
  sub.on('error', log);
  await Promise.all([connected(pub), connected(sub)]);
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const subscribed = new Map<string, Promise<void>>();
  sub.on('message', (channel: string, raw: string) => {
    try {
      local.emit(channel, JSON.parse(raw));
    } catch (err) {
      log(err);
    }
  });
  return {
    async publish(channel, message) {
      await pub.publish(channel, JSON.stringify(message)).catch((err: unknown) => log(err));
    },
    subscribe(channel, handler) {
      if (!subscribed.has(channel)) {
        subscribed.set(
          channel,
          sub.subscribe(channel).then(
            () => undefined,
            (err: unknown) => log(err),
          ),
        );
      }
      local.on(channel, handler);
      return () => local.off(channel, handler);
    },
    async listening(channel) {
      const done = subscribed.get(channel);
      if (!done || sub.status !== 'ready') return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
      clearTimeout(timer);
    },
    async close() {
      local.removeAllListeners();
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/** Channel on which recall activations are announced: `{ recallId, organizationIds }`. */
export const RECALL_ACTIVATED = 'recall.activated';

import { EventEmitter } from 'node:events';
import Redis from 'ioredis';

/**
 * Messages between server instances (recall notices now; cache invalidation later). With REDIS_URL
 * it is Redis pub/sub, so every instance hears every message; without it (the embedded default, one
 * process) an in-process emitter.
 */
export interface Bus {
  publish(channel: string, message: unknown): Promise<void>;
  subscribe(channel: string, handler: (message: unknown) => void): () => void;
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
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export async function redisBus(url: string, log: (err: unknown) => void = () => undefined): Promise<Bus> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: true });
  pub.on('error', log);
  sub.on('error', log);
  await Promise.all([pub.connect(), sub.connect()]);
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const subscribed = new Set<string>();
  sub.on('message', (channel: string, raw: string) => {
    try {
      local.emit(channel, JSON.parse(raw));
    } catch (err) {
      log(err);
    }
  });
  return {
    async publish(channel, message) {
      await pub.publish(channel, JSON.stringify(message));
    },
    subscribe(channel, handler) {
      if (!subscribed.has(channel)) {
        subscribed.add(channel);
        void sub.subscribe(channel).catch(log);
      }
      local.on(channel, handler);
      return () => local.off(channel, handler);
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

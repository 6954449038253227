import Redis from 'ioredis';

/**
 * A Redis client for caching and rate limits that never makes a request wait for Redis: commands fail
 * at once while it is disconnected (no offline queue) and after 250 ms when it hangs, and callers fall
 * back to PostgreSQL or to in-process state. It keeps reconnecting in the background.
 */
export function commandClient(url: string, log: (err: unknown) => void = () => undefined): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 250,
    connectTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let reported = false;
  client.on('error', (err) => {
    // One line per outage, not one per retry.
    if (!reported) log(err);
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
  return client;
}

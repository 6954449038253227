/** Waiting in tests for what other processes do: conditions polled with a deadline, and steady load. */

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves once `done` returns true (a throw counts as not yet: a server coming back refuses connections
 * for a while); past `ms` it fails, naming what it waited for.
 */
export async function until(done: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (
    !(await Promise.resolve()
      .then(done)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await sleep(20);
  }
}

/** Runs `work` in `n` loops until stopped; `stop` resolves to everything each call returned. */
export function load<T>(n: number, work: (worker: number, i: number) => Promise<T>) {
  let running = true;
  const results: T[] = [];
  const loops = Array.from({ length: n }, async (_, worker) => {
    for (let i = 0; running; i++) {
      results.push(await work(worker, i));
      // Timers (the waits of the test, a server's monitors) get their turn whatever the work took.
      await new Promise((r) => setImmediate(r));
    }
  });
  return {
    results,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return results;
    },
  };
}

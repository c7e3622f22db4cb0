/**
 * Work done ahead of a consumer that asks for results one by one, in a known order: while Astro
 * renders pages one at a time, the share images of the next few pages are already being made on
 * the other cores. At most `concurrency` jobs run at once, and no job starts more than `window`
 * keys ahead of the last one taken, so finished results never pile up in memory.
 */
export interface Lookahead<K, V> {
  /**
   * The result for `key` if it was started ahead (and forgets it), or undefined: the caller then
   * makes it itself, and the lookahead will not start it later.
   */
  take(key: K): Promise<V> | undefined;
}

export interface LookaheadOptions {
  concurrency: number;
  window: number;
}

export function createLookahead<K, V>(
  keys: readonly K[],
  make: (key: K) => Promise<V>,
  { concurrency, window }: LookaheadOptions,
): Lookahead<K, V> {
  const started = new Map<K, Promise<V>>();
  const skip = new Set<K>();
  let next = 0;
  let taken = 0;
  let running = 0;

  const pump = () => {
    while (running < concurrency && next < keys.length && next < taken + window) {
      const key = keys[next] as K;
      next += 1;
      if (skip.has(key)) continue;
      running += 1;
      const job = make(key);
      started.set(key, job);
      // The consumer sees the job's failure when it takes it; this chain only frees the slot.
      job.then(
        () => finish(),
        () => finish(),
      );
    }
  };
  const finish = () => {
    running -= 1;
    pump();
  };

  pump();
  return {
    take(key) {
      taken += 1;
      const job = started.get(key);
      if (job) started.delete(key);
      else skip.add(key);
      pump();
      return job;
    },
  };
}

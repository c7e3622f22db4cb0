import { describe, expect, it } from 'vitest';
import { createLookahead } from '../../src/lib/lookahead.ts';

/** A job per key that finishes only when the test says so. */
function controlledJobs() {
  const started: string[] = [];
  const finish = new Map<string, (value: string) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const make = (key: string) =>
    new Promise<string>((resolve, reject) => {
      started.push(key);
      finish.set(key, resolve);
      fail.set(key, reject);
    });
  return { started, finish, fail, make };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lookahead', () => {
  it('runs at most `concurrency` jobs at once, in the consumer’s order', async () => {
    const jobs = controlledJobs();
    createLookahead(['a', 'b', 'c', 'd'], jobs.make, { concurrency: 2, window: 10 });
    expect(jobs.started).toEqual(['a', 'b']);
    jobs.finish.get('a')?.('A');
    await tick();
    expect(jobs.started).toEqual(['a', 'b', 'c']);
  });

  it('never runs more than `window` keys ahead of what was taken', async () => {
    const jobs = controlledJobs();
    const ahead = createLookahead(['a', 'b', 'c', 'd', 'e'], jobs.make, { concurrency: 5, window: 2 });
    expect(jobs.started).toEqual(['a', 'b']);
    jobs.finish.get('a')?.('A');
    jobs.finish.get('b')?.('B');
    await tick();
    expect(jobs.started).toEqual(['a', 'b']);
    await expect(ahead.take('a')).resolves.toBe('A');
    expect(jobs.started).toEqual(['a', 'b', 'c']);
  });

  it('hands a started job over once, and leaves a key it never started to the caller', async () => {
    const jobs = controlledJobs();
    const ahead = createLookahead(['a', 'b', 'c'], jobs.make, { concurrency: 1, window: 1 });
    jobs.finish.get('a')?.('A');
    await expect(ahead.take('a')).resolves.toBe('A');
    expect(ahead.take('a')).toBeUndefined();
    // 'c' was not started: the caller makes it, and the lookahead skips it later.
    expect(ahead.take('c')).toBeUndefined();
    jobs.finish.get('b')?.('B');
    await tick();
    expect(jobs.started).toEqual(['a', 'b']);
  });

  it('passes a failure to the consumer and keeps going', async () => {
    const jobs = controlledJobs();
    const ahead = createLookahead(['a', 'b'], jobs.make, { concurrency: 1, window: 5 });
    jobs.fail.get('a')?.(new Error('disk full'));
    await expect(ahead.take('a')).rejects.toThrow('disk full');
    await tick();
    expect(jobs.started).toEqual(['a', 'b']);
  });
});

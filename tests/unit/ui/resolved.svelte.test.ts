// Resolved: an async result derived from reactive inputs, without an effect; the latest wins.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Resolved } from '../../../src/lib/ui/resolved.svelte';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('Resolved', () => {
  it('is the initial value while pending, then the value; a newer input resets it', async () => {
    let input = $state(1);
    const calls: ReturnType<typeof deferred<string>>[] = [];
    const r = new Resolved(() => {
      void input;
      const d = deferred<string>();
      calls.push(d);
      return d.promise;
    }, '');
    expect(r.current).toBe('');
    calls[0]!.resolve('one');
    await Promise.resolve();
    await Promise.resolve();
    expect(r.current).toBe('one');
    input = 2;
    flushSync();
    expect(r.current).toBe('');
    // The older promise settling late changes nothing; the newer one's value shows.
    calls[1]!.resolve('two');
    await Promise.resolve();
    await Promise.resolve();
    expect(r.current).toBe('two');
  });

  it('an older promise settling after a newer one never wins', async () => {
    let input = $state(1);
    const calls: ReturnType<typeof deferred<number>>[] = [];
    const r = new Resolved(() => {
      void input;
      const d = deferred<number>();
      calls.push(d);
      return d.promise;
    }, 0);
    expect(r.current).toBe(0);
    input = 2;
    expect(r.current).toBe(0);
    calls[1]!.resolve(2);
    await Promise.resolve();
    await Promise.resolve();
    calls[0]!.resolve(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(r.current).toBe(2);
  });
});

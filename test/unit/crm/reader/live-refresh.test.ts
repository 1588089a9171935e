import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveRefresh } from '../../../../entrypoints/crm.content/live-refresh';

describe('sidebar live refresh (one view load at a time, spaced while writes keep coming)', () => {
  const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>), now: () => Date.now() };
  let starts: number[];
  /** A load that takes `ms` of (fake) time. */
  const loader = (ms: number) => () => {
    starts.push(Date.now());
    return new Promise<void>((r) => setTimeout(r, ms));
  };
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    starts = [];
  });
  afterEach(() => vi.useRealTimers());

  it('loads at once after the first write of a quiet page', async () => {
    const live = createLiveRefresh(loader(100), timers, 1000, 3);
    live.request();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([0]);
  });

  it('50 writes during one long store are a few loads, not 50, and the last write is followed by a load', async () => {
    const live = createLiveRefresh(loader(500), timers, 1000, 3);
    // A write every 200 ms for 10 s (a 50-message first read).
    for (let t = 0; t < 10_000; t += 200) {
      live.request();
      await vi.advanceTimersByTimeAsync(200);
    }
    await vi.advanceTimersByTimeAsync(5000);
    // Each load takes 500 ms, then at least max(1000, 3 x 500) ms pass before the next starts.
    expect(starts.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(2000);
    // The last write (at 9800 ms) is seen by a load that starts after it.
    expect(starts.at(-1)).toBeGreaterThanOrEqual(9800);
  });

  it('never runs two loads at once: a write during a load asks for exactly one more', async () => {
    const live = createLiveRefresh(loader(3000), timers, 0, 0);
    live.request();
    await vi.advanceTimersByTimeAsync(100);
    live.request();
    live.request();
    await vi.advanceTimersByTimeAsync(2000);
    expect(starts).toEqual([0]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(starts).toHaveLength(2);
    expect(starts[1]).toBeGreaterThanOrEqual(3000);
    expect(starts[1]).toBeLessThan(3010);
  });

  it('a load that fails does not stop later loads', async () => {
    let n = 0;
    const live = createLiveRefresh(() => { starts.push(Date.now()); n++; return n === 1 ? Promise.reject(new Error('asleep')) : Promise.resolve(); }, timers, 1000, 3);
    live.request();
    await vi.advanceTimersByTimeAsync(0);
    live.request();
    await vi.advanceTimersByTimeAsync(1000);
    expect(starts).toEqual([0, 1000]);
  });

  it('cancel drops a waiting load', async () => {
    const live = createLiveRefresh(loader(10), timers, 1000, 3);
    live.request();
    await vi.advanceTimersByTimeAsync(50);
    live.request();
    live.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(starts).toEqual([0]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadScheduler, type ReadKind } from '../../../../entrypoints/crm.content/read-scheduler';

describe('read scheduler (debounce with a max wait)', () => {
  let runs: { kind: ReadKind; at: number }[];
  const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>), now: () => Date.now() };
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    runs = [];
  });
  afterEach(() => vi.useRealTimers());
  const make = () => createReadScheduler((kind) => runs.push({ kind, at: Date.now() }), timers, 400, 3000);

  it('runs once, 400 ms after the last of a burst', () => {
    const s = make();
    s.request('check');
    vi.advanceTimersByTime(300);
    s.request('check');
    vi.advanceTimersByTime(399);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([{ kind: 'check', at: 700 }]);
    expect(s.pending()).toBeNull();
  });

  it('a page mutating every 100 ms is still read, every 3 s', () => {
    const s = make();
    for (let t = 0; t < 10_000; t += 100) {
      s.request('read');
      vi.advanceTimersByTime(100);
    }
    expect(runs.map((r) => r.at)).toEqual([3000, 6000, 9000]);
  });

  it('a read absorbs a check, whichever comes first', () => {
    const s = make();
    s.request('read');
    s.request('check');
    vi.advanceTimersByTime(400);
    s.request('check');
    s.request('read');
    vi.advanceTimersByTime(400);
    expect(runs.map((r) => r.kind)).toEqual(['read', 'read']);
  });

  it('cancel drops the pending request', () => {
    const s = make();
    s.request('read');
    s.cancel();
    vi.advanceTimersByTime(5000);
    expect(runs).toEqual([]);
  });
});

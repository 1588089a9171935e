import { describe, expect, it } from 'vitest';
import { extensionTasks, type CpuProfile, type TraceEvent } from '../../../scripts/bench/trace-tasks';

// A page main thread (pid 1, tid 1); its renderer's CPU profile (protocol format, times in µs).
const EXT = 'chrome-extension://abc/content-scripts/salesforce.js';
const nodes = [
  { id: 1, callFrame: {}, children: [2, 3, 5] },
  { id: 2, callFrame: { url: 'https://x.lightning.force.com/app.js' } },
  { id: 3, callFrame: { url: EXT, functionName: 'read', lineNumber: 9 }, children: [4] },
  // Native work called by Pacer (a forced layout) is Pacer's: its parent frame is.
  { id: 4, callFrame: { url: '' } },
  { id: 5, callFrame: { functionName: '(garbage collector)' } },
];

function trace(tasks: [number, number][], extra: TraceEvent[] = []): TraceEvent[] {
  return [
    { name: 'pacer:read', ph: 'b', ts: 10_000, pid: 1, tid: 1 },
    ...tasks.map(([ts, dur]): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, pid: 1, tid: 1 })),
    ...extra,
  ];
}

function profile(samples: [number, number][]): CpuProfile {
  let last = 0;
  return { nodes, startTime: 0, samples: samples.map(([, n]) => n), timeDeltas: samples.map(([t]) => { const d = t - last; last = t; return d; }) };
}

const opts = { extensionId: 'abc', anchor: 'pacer:read', anchorMs: 10, fromMs: 0, toMs: 1000 };

describe('extensionTasks (bench: long tasks that ran Pacer)', () => {
  it('counts a long task with a sample of the extension, not a long task of the page', () => {
    const events = trace([[20_000, 80_000], [200_000, 120_000], [400_000, 10_000]]);
    const p = profile([[30_000, 3], [60_000, 5], [250_000, 2], [300_000, 2], [405_000, 4]]);
    expect(extensionTasks(events, p, opts)).toEqual({
      long: 1, longestMs: 80, tasks: 2,
      longest: '1 of 2 samples Pacer\'s: read content-scripts/salesforce.js:10 ×1; others: (garbage collector) ×1',
    });
  });

  it('ignores tasks outside the span and tasks of other threads', () => {
    const events = trace([[20_000, 80_000], [600_000, 70_000]], [{ name: 'RunTask', ph: 'X', ts: 20_000, dur: 90_000, pid: 1, tid: 2 }]);
    const p = profile([[30_000, 2], [650_000, 3]]);
    // Span 10..500 ms of the page timeline = trace 10 000..500 000 µs (anchor at 10 ms = 10 000 µs).
    expect(extensionTasks(events, p, { ...opts, fromMs: 10, toMs: 500 })).toEqual({ long: 0, longestMs: 0, tasks: 0, longest: '' });
    expect(extensionTasks(events, p, { ...opts, fromMs: 10, toMs: 700 })).toEqual({ long: 1, longestMs: 70, tasks: 1, longest: '1 of 1 samples Pacer\'s: read content-scripts/salesforce.js:10 ×1' });
  });

  it('needs the anchor mark', () => {
    expect(() => extensionTasks([], profile([]), opts)).toThrow(/pacer:read/);
  });
});

import { describe, expect, it } from 'vitest';
import { extensionTasks, type TraceEvent } from '../../../scripts/bench/trace-tasks';

// A page main thread (pid 1, tid 1) with a profiler; another thread (tid 2) with its own.
const EXT = 'chrome-extension://abc/content-scripts/salesforce.js';
const nodes = [
  { id: 1, callFrame: { functionName: '(root)' } },
  { id: 2, parent: 1, callFrame: { functionName: 'pageWork', url: 'https://x.lightning.force.com/app.js' } },
  { id: 3, parent: 1, callFrame: { functionName: 'read', url: EXT } },
  // Native work called by Pacer (a forced layout) is Pacer's: its parent frame is.
  { id: 4, parent: 3, callFrame: { functionName: 'getBoundingClientRect', url: '' } },
];

function trace(tasks: [number, number][], samples: [number, number][], extra: TraceEvent[] = []): TraceEvent[] {
  // Profile start at ts 0; ProfileChunk time deltas are relative to the previous sample.
  let last = 0;
  const deltas = samples.map(([t]) => { const d = t - last; last = t; return d; });
  return [
    { name: 'pacer:read', ph: 'b', ts: 10_000, pid: 1, tid: 1 },
    { name: 'Profile', ph: 'P', ts: 0, pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 0 } } },
    { name: 'ProfileChunk', ph: 'P', ts: 1, pid: 1, tid: 1, id: '0x1', args: { data: { cpuProfile: { nodes, samples: samples.map(([, n]) => n) }, timeDeltas: deltas } } },
    ...tasks.map(([ts, dur]): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, pid: 1, tid: 1 })),
    ...extra,
  ];
}

const opts = { extensionId: 'abc', anchor: 'pacer:read', anchorMs: 10, fromMs: 0, toMs: 1000 };

describe('extensionTasks (bench: long tasks that ran Pacer)', () => {
  it('counts a long task with a sample of the extension, not a long task of the page', () => {
    const events = trace(
      [[20_000, 80_000], [200_000, 120_000], [400_000, 10_000]],
      [[30_000, 3], [250_000, 2], [300_000, 2], [405_000, 4]],
    );
    expect(extensionTasks(events, opts)).toEqual({ long: 1, longestMs: 80, tasks: 2 });
  });

  it('ignores tasks outside the span and samples of other threads', () => {
    const events = trace([[20_000, 80_000], [600_000, 70_000]], [[30_000, 2], [650_000, 3]], [
      { name: 'RunTask', ph: 'X', ts: 20_000, dur: 90_000, pid: 1, tid: 2 },
    ]);
    // Span 10..500 ms of the page timeline = trace 10 000..500 000 µs (anchor at 10 ms = 10 000 µs).
    expect(extensionTasks(events, { ...opts, fromMs: 10, toMs: 500 })).toEqual({ long: 0, longestMs: 0, tasks: 0 });
    expect(extensionTasks(events, { ...opts, fromMs: 10, toMs: 700 })).toEqual({ long: 1, longestMs: 70, tasks: 1 });
  });

  it('needs the anchor mark', () => {
    expect(() => extensionTasks([], opts)).toThrow(/pacer:read/);
  });
});

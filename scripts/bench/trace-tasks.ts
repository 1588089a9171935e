import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Which long tasks ran Pacer's code: a Chromium trace of the CRM page's load for the renderer's
 * task boundaries (`RunTask`, as DevTools' Performance panel draws them), and V8's sampling
 * profiler (DevTools protocol, one sample a millisecond) on the same clock. A task is Pacer's
 * when a sample taken during it has a frame of the extension's scripts on its stack (its content
 * script, and native work it called: a forced layout under one of its functions counts too). A
 * long task in which Pacer's code ran for well under a millisecond may go unseen: such a task is
 * not Pacer's doing.
 *
 * Why (issue #7, #10 measure 8): the Long Tasks API cannot say whose a task is, and on a 10k-row
 * page that lays itself out for ~15 s the page's own tasks around its load event vary from run
 * to run (50-80 ms tasks that come and go), so "long tasks with Pacer minus without" counts
 * noise of ±1 in a span where Pacer ran no long task at all (seen in traces of such runs: Pacer's
 * longest task 18-28 ms, the difference 1). The excess is still printed, as information. The
 * tracing profiler (category `disabled-by-default-v8.cpu_profiler`) samples ~4 times a millisecond
 * and slowed this page's first read by a third: the protocol's profiler at 1 ms is used instead.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

/** A CPU profile as the protocol's `Profiler.stop` returns it (times in µs, the trace's clock). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url?: string; functionName?: string; lineNumber?: number }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Task boundaries and user timing marks: nothing else is recorded. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'].join(',');

export interface Tracing {
  /** Starts the sampling profiler: call once the page's document exists (after navigation committed). */
  profile(): Promise<void>;
  stop(): Promise<{ events: TraceEvent[]; profile: CpuProfile | null }>;
}

/** Starts a trace through `page`'s DevTools session (before it navigates: the trace covers the load). */
export async function startTracing(context: BrowserContext, page: Page): Promise<Tracing> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  let profiling = false;
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async profile() {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
      profiling = true;
    },
    async stop() {
      const profile = profiling ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : null;
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => undefined);
      return { events, profile };
    },
  };
}

interface Samples {
  /** Times (µs) of the samples whose stack holds a frame from a URL starting with the prefix. */
  own: number[];
  /** The innermost such frame of each of those samples (`function file:line`). */
  frame: string[];
  /** Times of every sample, sorted, and for each what it was when not the extension's: `(garbage collector)`, `(program)` (native work outside script), or the page's script. */
  all: number[];
  other: string[];
}

function samplesOf(profile: CpuProfile, prefix: string): Samples {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The innermost frame of the extension on a node's stack, or '' when none is.
  const ownFrame = new Map<number, string>();
  const frameOf = (id: number): string => {
    const known = ownFrame.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const up = parent.get(id);
    const f = n?.callFrame;
    const v = !n ? '' : (f?.url ?? '').startsWith(prefix) ? `${f?.functionName || '(anonymous)'} ${(f?.url ?? '').slice(prefix.length)}:${(f?.lineNumber ?? 0) + 1}` : up !== undefined ? frameOf(up) : '';
    ownFrame.set(id, v);
    return v;
  };
  const out: Samples = { own: [], frame: [], all: [], other: [] };
  let t = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    out.all.push(t);
    const f = frameOf(samples[i]!);
    if (f) { out.own.push(t); out.frame.push(f); out.other.push(''); } else {
      const name = byId.get(samples[i]!)?.callFrame.functionName ?? '';
      out.other.push(name.startsWith('(') ? name : 'page script');
    }
  }
  return out;
}

export interface OwnTasks {
  /** Tasks longer than 50 ms that ran the extension's code, in the span. */
  long: number;
  /** The longest task that ran the extension's code, in the span (ms). */
  longestMs: number;
  /** Tasks in the span that ran the extension's code. */
  tasks: number;
  /** The longest one: its samples of the extension's code of all its samples, and the frames seen most. */
  longest: string;
}

/**
 * The extension's tasks on the page's main thread (the thread that marked `anchor`), between
 * `fromMs` and `toMs` of the page's performance timeline, where `anchorMs` is `anchor`'s time.
 */
export function extensionTasks(events: readonly TraceEvent[], profile: CpuProfile, o: { extensionId: string; anchor: string; anchorMs: number; fromMs: number; toMs: number }): OwnTasks {
  const mark = events.find((e) => e.name === o.anchor && e.ph !== 'e');
  if (!mark) throw new Error(`the trace has no ${o.anchor} mark`);
  const toTrace = (ms: number) => mark.ts + (ms - o.anchorMs) * 1000;
  const from = toTrace(o.fromMs);
  const to = toTrace(o.toMs);
  const samples = samplesOf(profile, `chrome-extension://${o.extensionId}/`);
  const own = samples.own;
  let long = 0;
  let longestMs = 0;
  let longestAt: { from: number; to: number } | null = null;
  let tasks = 0;
  let k = 0;
  const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts + (e.dur ?? 0) > from && e.ts < to);
  runs.sort((a, b) => a.ts - b.ts);
  for (const t of runs) {
    const end = t.ts + (t.dur ?? 0);
    while (k < own.length && own[k]! < t.ts) k++;
    if (k >= own.length || own[k]! > end) continue;
    tasks++;
    const ms = (t.dur ?? 0) / 1000;
    if (ms > 50) long++;
    if (ms > longestMs) { longestMs = ms; longestAt = { from: t.ts, to: end }; }
  }
  return { long, longestMs, tasks, longest: longestAt ? describe(samples, longestAt.from, longestAt.to) : '' };
}

/** "12 of 40 samples Pacer's: read list.js:10 ×5, …; others: (garbage collector) ×20, …" for one task. */
function describe(s: Samples, from: number, to: number): string {
  const tally = (pick: (i: number) => string) => {
    const counts = new Map<string, number>();
    s.all.forEach((t, i) => { const k = t >= from && t <= to ? pick(i) : ''; if (k) counts.set(k, (counts.get(k) ?? 0) + 1); });
    return [...counts].sort((a, b) => b[1] - a[1]);
  };
  const ownAt = new Map(s.own.map((t, i) => [t, s.frame[i]!]));
  const mine = tally((i) => ownAt.get(s.all[i]!) ?? '');
  const others = tally((i) => s.other[i]!);
  const n = mine.reduce((a, [, c]) => a + c, 0);
  const all = n + others.reduce((a, [, c]) => a + c, 0);
  const list = (xs: [string, number][]) => xs.slice(0, 3).map(([f, c]) => `${f} ×${c}`).join(', ');
  return `${n} of ${all} samples Pacer's: ${list(mine)}${others.length ? `; others: ${list(others)}` : ''}`;
}

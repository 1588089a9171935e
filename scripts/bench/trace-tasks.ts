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
  nodes: { id: number; callFrame: { url?: string }; children?: number[] }[];
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

/** Sample times (µs) whose stack holds a frame from a URL starting with `prefix`. */
function ownSamples(profile: CpuProfile, prefix: string): number[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const own = new Map<number, boolean>();
  const isOwn = (id: number): boolean => {
    const known = own.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const up = parent.get(id);
    const v = !!n && ((n.callFrame.url ?? '').startsWith(prefix) || (up !== undefined && isOwn(up)));
    own.set(id, v);
    return v;
  };
  const out: number[] = [];
  let t = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    t += deltas[i] ?? 0;
    if (isOwn(samples[i]!)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

export interface OwnTasks {
  /** Tasks longer than 50 ms that ran the extension's code, in the span. */
  long: number;
  /** The longest task that ran the extension's code, in the span (ms). */
  longestMs: number;
  /** Tasks in the span that ran the extension's code. */
  tasks: number;
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
  const samples = ownSamples(profile, `chrome-extension://${o.extensionId}/`);
  let long = 0;
  let longestMs = 0;
  let tasks = 0;
  let k = 0;
  const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts + (e.dur ?? 0) > from && e.ts < to);
  runs.sort((a, b) => a.ts - b.ts);
  for (const t of runs) {
    const end = t.ts + (t.dur ?? 0);
    while (k < samples.length && samples[k]! < t.ts) k++;
    if (k >= samples.length || samples[k]! > end) continue;
    tasks++;
    const ms = (t.dur ?? 0) / 1000;
    if (ms > 50) long++;
    if (ms > longestMs) longestMs = ms;
  }
  return { long, longestMs, tasks };
}

import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Which long tasks ran Pacer's code: a Chromium trace of the CRM page's load, with the
 * renderer's task boundaries (`RunTask`, as DevTools' Performance panel draws them) and V8's
 * sampling profiler in the same timeline. A task is Pacer's when a sample taken during it has a
 * frame of the extension's scripts on its stack (its content script, and native work it called:
 * a forced layout under one of its functions counts too).
 *
 * Why (issue #7, #10 measure 8): the Long Tasks API cannot say whose a task is, and on a 10k-row
 * page that lays itself out for ~15 s the page's own tasks around its load event vary from run
 * to run (50-80 ms tasks that come and go), so "long tasks with Pacer minus without" counts
 * noise of ±1 in a span where Pacer ran no long task at all (seen in traces of such runs: Pacer's
 * longest task 23-28 ms, the difference 1). The excess is still printed, as information.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { data?: Record<string, unknown> };
}

/** Task boundaries, user timing marks and the sampling profiler: nothing else is recorded. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'].join(',');

export interface Tracing { stop(): Promise<TraceEvent[]> }

/** Starts a trace through `page`'s DevTools session (before it navigates: the trace covers the load). */
export async function startTracing(context: BrowserContext, page: Page): Promise<Tracing> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach().catch(() => undefined);
      return events;
    },
  };
}

interface ProfileNode { id: number; parent?: number; callFrame: { url?: string } }
interface Chunk { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }

/** Sample times (µs, trace clock) on `tid` whose stack holds a frame from a URL starting with `prefix`. */
function ownSamples(events: readonly TraceEvent[], pid: number, tid: number, prefix: string): number[] {
  const profiles = new Map<string, { t: number; nodes: Map<number, ProfileNode>; own: Map<number, boolean> }>();
  for (const e of events) {
    if (e.name !== 'Profile' || e.pid !== pid || e.tid !== tid || e.id === undefined) continue;
    profiles.set(e.id, { t: Number(e.args?.data?.startTime ?? e.ts), nodes: new Map(), own: new Map() });
  }
  const out: number[] = [];
  for (const e of events) {
    const p = e.name === 'ProfileChunk' && e.pid === pid && e.id !== undefined ? profiles.get(e.id) : undefined;
    if (!p) continue;
    const chunk = e.args?.data as Chunk | undefined;
    for (const n of chunk?.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const isOwn = (id: number): boolean => {
      const known = p.own.get(id);
      if (known !== undefined) return known;
      const n = p.nodes.get(id);
      const own = !!n && ((n.callFrame.url ?? '').startsWith(prefix) || (n.parent !== undefined && isOwn(n.parent)));
      p.own.set(id, own);
      return own;
    };
    const samples = chunk?.cpuProfile?.samples ?? [];
    const deltas = chunk?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.t += deltas[i] ?? 0;
      if (isOwn(samples[i]!)) out.push(p.t);
    }
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
export function extensionTasks(events: readonly TraceEvent[], o: { extensionId: string; anchor: string; anchorMs: number; fromMs: number; toMs: number }): OwnTasks {
  const mark = events.find((e) => e.name === o.anchor && e.ph !== 'e');
  if (!mark) throw new Error(`the trace has no ${o.anchor} mark`);
  const toTrace = (ms: number) => mark.ts + (ms - o.anchorMs) * 1000;
  const from = toTrace(o.fromMs);
  const to = toTrace(o.toMs);
  const samples = ownSamples(events, mark.pid, mark.tid, `chrome-extension://${o.extensionId}/`);
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

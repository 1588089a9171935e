import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/extension-browser';
import { openCrmPage, pacerStart, PAGE_TIMEOUT_MS, waitForReads, type LongTask } from './crm-page';
import { loadFixture, routeFixture } from './fixtures';
import { makeMeasure, median, type Measure } from './measure';
import { rereadMeasure, rereadsOn, type Rereads } from './reread';
import { extensionTasks, startTracing, type OwnTasks, type Tracing } from './trace-tasks';

/**
 * Measure 8: what Pacer costs a busy host page. A 10k-row Salesforce list that mutates every
 * 100 ms, loaded with Pacer and, for the baseline, in the same Chromium build without it. After
 * the page settled (with Pacer: its first read done), a window of WINDOW_MS is observed: long
 * tasks (PerformanceObserver 'longtask') and the renderer's script time (CDP Performance
 * ScriptDuration). Long tasks cannot be attributed to an extension's isolated world, so
 * Pacer's are the excess over the same page without it.
 *
 * The first read and the sidebar's mount: the load with Pacer is traced (./trace-tasks.ts), and
 * the long tasks that ran Pacer's code from its start (`pacer:start`) until SETTLE_MS after its
 * first read was stored are counted. The same span of the page without Pacer (aligned on each
 * page's load event) gives the excess count as well, printed as information: the page's own
 * tasks around its load vary by one between loads, which that difference cannot tell from Pacer.
 *
 * After the window, the pages with Pacer also give the re-read measure (./reread.ts). A 1k-row
 * load with Pacer comes first, unrecorded (content script, service worker and database warmed).
 */
const WINDOW_MS = 5_000;
const SETTLE_MS = 1_000;

interface Window { longTasks: number; scriptMs: number; taskMs: number }
interface Load { tasks: LongTask[]; loadEnd: number; span: { start: number; end: number } | null }

async function observe(page: Page, context: BrowserContext): Promise<Window> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    return { script: get('ScriptDuration'), task: get('TaskDuration'), tasks: (await page.evaluate('globalThis.__benchLongTasks.length')) as number };
  };
  const a = await metric();
  await new Promise((r) => setTimeout(r, WINDOW_MS));
  const z = await metric();
  await cdp.detach();
  return { longTasks: z.tasks - a.tasks, scriptMs: (z.script - a.script) * 1000, taskMs: (z.task - a.task) * 1000 };
}

interface Run { w: Window | null; loadLongTasks: number; load: Load; own: OwnTasks | null; rereads: Rereads | null }
interface RunOptions {
  withPacer: boolean;
  salt: number;
  rows?: number;
  window: boolean;
  /** Trace the load and tell Pacer's own tasks in the first-read span apart (./trace-tasks.ts). */
  traceFor?: string;
  rereads: { b: ExtensionBrowser; swTools: string } | null;
  log: (s: string) => void;
}

async function run(context: BrowserContext, tools: string, o: RunOptions): Promise<Run> {
  const { withPacer, salt, log } = o;
  const f = loadFixture('sf-table');
  await routeFixture(context, f);
  // Where a round's wall time goes (issue #10), printed per page: opening (grow), load or first read, the rest.
  const t0 = Date.now();
  let tracing: Tracing | null = null;
  const beforeGoto = o.traceFor ? async (p: Page) => { tracing = await startTracing(context, p); } : undefined;
  const page = await openCrmPage(context, tools, f, { kind: 'sf-table', rows: o.rows ?? 10_000, salt, mutateMs: 100, beforeGoto });
  // The page's document is there (DOMContentLoaded): profile its renderer from now on, well before
  // Pacer starts (document_idle, after the ~15 s the rows take to lay out).
  await (tracing as Tracing | null)?.profile();
  const opened = Date.now();
  let ready = opened;
  try {
    let span: Load['span'] = null;
    let first = null;
    if (withPacer) {
      [first] = await waitForReads(page, 1);
      span = { start: (await pacerStart(page)) ?? first!.start, end: first!.start + first!.duration + SETTLE_MS };
    } else await page.waitForLoadState('load', { timeout: PAGE_TIMEOUT_MS });
    ready = Date.now();
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const tasks = (await page.evaluate('globalThis.__benchLongTasks.slice()')) as LongTask[];
    const loadEnd = (await page.evaluate(`performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0`)) as number;
    let own: OwnTasks | null = null;
    const t = tracing as Tracing | null;
    if (t && span && first && o.traceFor) {
      const { events, profile } = await t.stop();
      if (!profile) throw new Error('no CPU profile of the page');
      own = extensionTasks(events, profile, { extensionId: o.traceFor, anchor: 'pacer:read', anchorMs: first.start, fromMs: span.start, toMs: span.end });
      // Collecting the trace kept the renderer busy: let it go quiet before the window.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    const w = o.window ? await observe(page, context) : null;
    const rereads = o.rereads && first ? await rereadsOn(page, o.rereads.b, o.rereads.swTools, first) : null;
    return { w, loadLongTasks: tasks.length, load: { tasks, loadEnd, span }, own, rereads };
  } finally {
    const closing = Date.now();
    await page.close();
    const sec = (a: number, b: number) => ((b - a) / 1000).toFixed(1);
    log(`    ${withPacer ? 'with' : 'without'} Pacer: opened (${o.rows ?? 10_000} rows grown) in ${sec(t0, opened)} s, ${withPacer ? 'first read stored' : 'load event'} after ${sec(opened, ready)} s more, settle + window${o.rereads ? ' + re-reads' : ''} ${sec(ready, closing)} s, close ${sec(closing, Date.now())} s`);
  }
}

const within = (tasks: readonly LongTask[], from: number, to: number) => tasks.filter((t) => t.start + t.duration > from && t.start < to).length;

/** Long tasks during Pacer's first read and mount, and during the same span (from the load event) without Pacer. */
function firstReadTasks(withP: Load, without: Load): { with: number; without: number } {
  if (!withP.span) return { with: Number.NaN, without: Number.NaN };
  const from = withP.span.start - withP.loadEnd;
  const to = withP.span.end - withP.loadEnd;
  return { with: within(withP.tasks, withP.span.start, withP.span.end), without: within(without.tasks, without.loadEnd + from, without.loadEnd + to) };
}

export interface HostOptions { quick: boolean; log: (s: string) => void; host: boolean; reread: boolean }

/** Measure 8 (`host`) and/or measure 2 (`reread`, from the same pages with Pacer). */
export async function hostMeasures(b: ExtensionBrowser, plain: () => Promise<Browser>, tools: string, swTools: string, o: HostOptions): Promise<Measure[]> {
  const plainContext = o.host ? await (await plain()).newContext({ viewport: { width: 1400, height: 900 } }) : null;
  const rounds = o.quick ? 1 : 2;
  const withP: Window[] = [];
  const without: Window[] = [];
  const loadLong = { with: 0, without: 0 };
  const first: { with: number; without: number; spanMs: number }[] = [];
  const own: OwnTasks[] = [];
  const rereads: Rereads[] = [];
  const rr = o.reread ? { b, swTools } : null;
  try {
    await run(b.context, tools, { withPacer: true, salt: 899, rows: 1_000, window: false, rereads: null, log: o.log });
    for (let i = 0; i < rounds; i++) {
      const a = plainContext ? await run(plainContext, tools, { withPacer: false, salt: 900 + i, window: true, rereads: null, log: o.log }) : null;
      const p = await run(b.context, tools, { withPacer: true, salt: 900 + i, window: o.host, traceFor: o.host ? b.extensionId : undefined, rereads: rr, log: o.log });
      if (p.rereads) rereads.push(p.rereads);
      if (!a) continue;
      if (p.own) own.push(p.own);
      without.push(a.w!);
      withP.push(p.w!);
      loadLong.without += a.loadLongTasks;
      loadLong.with += p.loadLongTasks;
      first.push({ ...firstReadTasks(p.load, a.load), spanMs: p.load.span ? p.load.span.end - p.load.span.start : Number.NaN });
      o.log(`  round ${i + 1}: long tasks ${p.w!.longTasks} with Pacer, ${a.w!.longTasks} without; script ${p.w!.scriptMs.toFixed(0)} vs ${a.w!.scriptMs.toFixed(0)} ms; first read + mount (${first[i]!.spanMs.toFixed(0)} ms): ${p.own ? `${p.own.long} long tasks ran Pacer's code (its longest task ${p.own.longestMs.toFixed(1)} ms of ${p.own.tasks}: ${p.own.longest}); ` : ''}${first[i]!.with} long tasks with Pacer, ${first[i]!.without} without`);
    }
  } finally {
    await plainContext?.close();
  }
  return [...(o.host ? hostFigures(withP, without, loadLong, first, own) : []), ...(o.reread ? [rereadMeasure(rereads)] : [])];
}

function hostFigures(withP: Window[], without: Window[], loadLong: { with: number; without: number }, first: { with: number; without: number; spanMs: number }[], own: OwnTasks[]): Measure[] {
  const excess = withP.map((w, i) => Math.max(0, w.longTasks - without[i]!.longTasks));
  const share = withP.map((w, i) => Math.max(0, (w.scriptMs - without[i]!.scriptMs) / WINDOW_MS) * 100);
  return [
    makeMeasure({
      id: 'host-longtasks-10k-mutating', label: `long tasks > 50 ms caused by Pacer in ${WINDOW_MS / 1000} s on a 10k-row page mutating every 100 ms (excess over the page without Pacer)`,
      unit: 'count', samples: excess, baseline: without.map((w) => w.longTasks), goal: { kind: 'value-max', max: 0 },
      notes: { withPacer: median(withP.map((w) => w.longTasks)), withoutPacer: median(without.map((w) => w.longTasks)), loadLongTasksWithPacer: loadLong.with, loadLongTasksWithout: loadLong.without },
    }),
    makeMeasure({
      id: 'host-longtasks-10k-first-read', label: "long tasks > 50 ms that ran Pacer's code during its first read of the 10k-row page and the sidebar's mount (from Pacer's start until 1 s after the read was stored; told apart in a trace of the load with V8's sampling profiler)",
      unit: 'count', samples: own.map((x) => x.long), baseline: null, goal: { kind: 'value-max', max: 0 },
      notes: { pacerTasks: median(own.map((x) => x.tasks)), spanMs: median(first.map((x) => x.spanMs)) },
    }),
    makeMeasure({
      id: 'host-longest-task-10k-first-read', label: "Pacer's longest task in the same span (the read runs in slices that yield to the page)",
      unit: 'ms', samples: own.map((x) => x.longestMs), baseline: null, goal: { kind: 'none' },
    }),
    makeMeasure({
      id: 'host-longtasks-10k-first-read-excess', label: "long tasks > 50 ms in the same span with Pacer minus the page without it (aligned on the load event): counts the page's own tasks around its load too, which vary by ±1 between loads",
      unit: 'count', samples: first.map((x) => Math.max(0, x.with - x.without)), baseline: first.map((x) => x.without), goal: { kind: 'none' },
      notes: { withPacer: median(first.map((x) => x.with)), withoutPacer: median(first.map((x) => x.without)) },
    }),
    makeMeasure({
      id: 'host-main-thread-share', label: "Pacer's share of the page's main-thread time (script time with Pacer minus without, over the window)",
      unit: '%', samples: share, baseline: null, goal: { kind: 'none' },
      notes: { scriptMsWith: median(withP.map((w) => w.scriptMs)), scriptMsWithout: median(without.map((w) => w.scriptMs)), windowMs: WINDOW_MS },
    }),
  ];
}

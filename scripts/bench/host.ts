import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/extension-browser';
import { openCrmPage, pacerStart, PAGE_TIMEOUT_MS, waitForReads, type LongTask } from './crm-page';
import { loadFixture, routeFixture } from './fixtures';
import { makeMeasure, median, type Measure } from './measure';
import { rereadMeasure, rereadsOn, type Rereads } from './reread';

/**
 * Measure 8: what Pacer costs a busy host page. A 10k-row Salesforce list that mutates every
 * 100 ms, loaded with Pacer and, for the baseline, in the same Chromium build without it. After
 * the page settled (with Pacer: its first read done), a window of WINDOW_MS is observed: long
 * tasks (PerformanceObserver 'longtask') and the renderer's script time (CDP Performance
 * ScriptDuration). Long tasks cannot be attributed to an extension's isolated world, so
 * Pacer's are the excess over the same page without it.
 *
 * The first read and the sidebar's mount are judged the same way: long tasks from Pacer's start
 * (`pacer:start`) until SETTLE_MS after its first read was stored, against the same span of the
 * page without Pacer, aligned on each page's load event.
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

interface Run { w: Window | null; loadLongTasks: number; load: Load; rereads: Rereads | null }
interface RunOptions { withPacer: boolean; salt: number; rows?: number; window: boolean; rereads: { b: ExtensionBrowser; swTools: string } | null; log: (s: string) => void }

async function run(context: BrowserContext, tools: string, o: RunOptions): Promise<Run> {
  const { withPacer, salt, log } = o;
  const f = loadFixture('sf-table');
  await routeFixture(context, f);
  // Where a round's wall time goes (issue #10), printed per page: opening (grow), load or first read, the rest.
  const t0 = Date.now();
  const page = await openCrmPage(context, tools, f, { kind: 'sf-table', rows: o.rows ?? 10_000, salt, mutateMs: 100 });
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
    const w = o.window ? await observe(page, context) : null;
    const rereads = o.rereads && first ? await rereadsOn(page, o.rereads.b, o.rereads.swTools, first) : null;
    return { w, loadLongTasks: tasks.length, load: { tasks, loadEnd, span }, rereads };
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
  const rereads: Rereads[] = [];
  const rr = o.reread ? { b, swTools } : null;
  try {
    await run(b.context, tools, { withPacer: true, salt: 899, rows: 1_000, window: false, rereads: null, log: o.log });
    for (let i = 0; i < rounds; i++) {
      const a = plainContext ? await run(plainContext, tools, { withPacer: false, salt: 900 + i, window: true, rereads: null, log: o.log }) : null;
      const p = await run(b.context, tools, { withPacer: true, salt: 900 + i, window: o.host, rereads: rr, log: o.log });
      if (p.rereads) rereads.push(p.rereads);
      if (!a) continue;
      without.push(a.w!);
      withP.push(p.w!);
      loadLong.without += a.loadLongTasks;
      loadLong.with += p.loadLongTasks;
      first.push({ ...firstReadTasks(p.load, a.load), spanMs: p.load.span ? p.load.span.end - p.load.span.start : Number.NaN });
      o.log(`  round ${i + 1}: long tasks ${p.w!.longTasks} with Pacer, ${a.w!.longTasks} without; script ${p.w!.scriptMs.toFixed(0)} vs ${a.w!.scriptMs.toFixed(0)} ms; first read + mount: ${first[i]!.with} long tasks with Pacer, ${first[i]!.without} without (${first[i]!.spanMs.toFixed(0)} ms)`);
    }
  } finally {
    await plainContext?.close();
  }
  return [...(o.host ? hostFigures(withP, without, loadLong, first) : []), ...(o.reread ? [rereadMeasure(rereads)] : [])];
}

function hostFigures(withP: Window[], without: Window[], loadLong: { with: number; without: number }, first: { with: number; without: number; spanMs: number }[]): Measure[] {
  const excess = withP.map((w, i) => Math.max(0, w.longTasks - without[i]!.longTasks));
  const share = withP.map((w, i) => Math.max(0, (w.scriptMs - without[i]!.scriptMs) / WINDOW_MS) * 100);
  return [
    makeMeasure({
      id: 'host-longtasks-10k-mutating', label: `long tasks > 50 ms caused by Pacer in ${WINDOW_MS / 1000} s on a 10k-row page mutating every 100 ms (excess over the page without Pacer)`,
      unit: 'count', samples: excess, baseline: without.map((w) => w.longTasks), goal: { kind: 'value-max', max: 0 },
      notes: { withPacer: median(withP.map((w) => w.longTasks)), withoutPacer: median(without.map((w) => w.longTasks)), loadLongTasksWithPacer: loadLong.with, loadLongTasksWithout: loadLong.without },
    }),
    makeMeasure({
      id: 'host-longtasks-10k-first-read', label: "long tasks > 50 ms caused by Pacer's first read of the 10k-row page and the sidebar's mount (from Pacer's start until 1 s after the read was stored; excess over the same span of the page without Pacer)",
      unit: 'count', samples: first.map((x) => Math.max(0, x.with - x.without)), baseline: first.map((x) => x.without), goal: { kind: 'value-max', max: 0 },
      notes: { withPacer: median(first.map((x) => x.with)), withoutPacer: median(first.map((x) => x.without)), spanMs: median(first.map((x) => x.spanMs)) },
    }),
    makeMeasure({
      id: 'host-main-thread-share', label: "Pacer's share of the page's main-thread time (script time with Pacer minus without, over the window)",
      unit: '%', samples: share, baseline: null, goal: { kind: 'none' },
      notes: { scriptMsWith: median(withP.map((w) => w.scriptMs)), scriptMsWithout: median(without.map((w) => w.scriptMs)), windowMs: WINDOW_MS },
    }),
  ];
}

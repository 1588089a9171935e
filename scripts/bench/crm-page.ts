import type { BrowserContext, Page } from 'playwright-core';
import type { Fixture } from './fixtures';
import type { GridKind } from './page/grow';

/**
 * A CRM list page at its real URL grown to `rows` rows BEFORE Pacer's content script runs
 * (document_idle comes after DOMContentLoaded), optionally mutating every `mutateMs` like a
 * live CRM (a clock in the header and a row's selection state), with a long-task observer.
 */
export interface CrmPageOptions {
  kind: GridKind;
  rows: number;
  /** Makes the record ids of this load unique (new deals for the store). */
  salt: number;
  mutateMs?: number;
  /** Runs on the new page before it navigates (a trace that must cover the load starts here). */
  beforeGoto?: (page: Page) => Promise<void>;
}

/**
 * How long a 10k-row page may take to load, lay out and be read: generous, since a timeout costs
 * nothing in a run that works. On a 2-core machine at load 20, growing and laying out 10k
 * Lightning rows alone took 150-300 s, and the former 120/180 s limits failed whole families.
 */
export const PAGE_TIMEOUT_MS = 600_000;

/** Pacer reads finished on each page, counted from the page's own observer (see readWatch). */
interface ReadWatch { count: number; waiters: { n: number; resolve: () => void }[] }
const watches = new WeakMap<Page, ReadWatch>();

/**
 * Tells the harness when Pacer finished a read (its `pacer:read` measure) through a binding the
 * page's observer calls, so waiting adds no task to the page's main thread. Polling the page
 * every 100 ms added ~10 evaluations a second there during the first read, in which the
 * collector's marking steps (a 10k-row page has ~1.2M nodes) could land: long tasks counted
 * against Pacer that the page without Pacer never ran.
 */
async function readWatch(page: Page): Promise<string> {
  const w: ReadWatch = { count: 0, waiters: [] };
  watches.set(page, w);
  await page.exposeBinding('__benchPacerRead', () => {
    w.count++;
    w.waiters = w.waiters.filter((x) => (w.count >= x.n ? (x.resolve(), false) : true));
  });
  return `try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'pacer:read') globalThis.__benchPacerRead(); }).observe({ type: 'measure' }); } catch {}`;
}

export async function openCrmPage(context: BrowserContext, tools: string, f: Fixture, o: CrmPageOptions): Promise<Page> {
  const page = await context.newPage();
  const watch = await readWatch(page);
  await page.addInitScript(`${tools}
    ${watch}
    globalThis.__benchLongTasks = [];
    try { new PerformanceObserver((l) => { for (const e of l.getEntries()) globalThis.__benchLongTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true }); } catch {}
    document.addEventListener('DOMContentLoaded', () => {
      __pacerBench.grow(${JSON.stringify(o.kind)}, ${o.rows}, ${o.salt});
      ${o.mutateMs ? `
      const clock = document.createElement('span');
      clock.id = 'bench-clock';
      document.body.prepend(clock);
      let k = 0;
      const rows = document.querySelectorAll('tr[data-row-key-value]');
      setInterval(() => {
        clock.textContent = new Date().toISOString();
        const r = rows[(k++ * 7919) % rows.length];
        if (r) r.setAttribute('aria-selected', r.getAttribute('aria-selected') === 'true' ? 'false' : 'true');
      }, ${o.mutateMs});` : ''}
    });`);
  await o.beforeGoto?.(page);
  await page.goto(`${f.url}${f.url.includes('?') ? '&' : '?'}bench=${o.salt}`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
  return page;
}

export interface ReadTiming { start: number; duration: number; deals: number; sent: number }
export interface LongTask { start: number; duration: number }

/** When Pacer's content script started on the page (its `pacer:start` mark), if it marked it. */
export async function pacerStart(page: Page): Promise<number | null> {
  return (await page.evaluate(`performance.getEntriesByName('pacer:start')[0]?.startTime ?? null`)) as number | null;
}

/** Pacer's own user-timing entries (`pacer:read`, see entrypoints/crm.content/reader.ts). */
export async function pacerReads(page: Page): Promise<ReadTiming[]> {
  return (await page.evaluate(`performance.getEntriesByName('pacer:read').map((e) => ({ start: e.startTime, duration: e.duration, deals: e.detail?.deals ?? -1, sent: e.detail?.sent ?? -1 }))`)) as ReadTiming[];
}

export async function waitForReads(page: Page, count: number, timeoutMs = PAGE_TIMEOUT_MS): Promise<ReadTiming[]> {
  const w = watches.get(page);
  if (w && w.count < count) {
    let timer: NodeJS.Timeout | undefined;
    const reached = await Promise.race([
      new Promise<boolean>((resolve) => w.waiters.push({ n: count, resolve: () => resolve(true) })),
      new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), timeoutMs); }),
    ]);
    clearTimeout(timer);
    if (!reached) throw new Error(`Pacer finished ${w.count} of ${count} reads in ${timeoutMs} ms`);
  }
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reads = await pacerReads(page);
    if (reads.length >= count) return reads;
    if (Date.now() > until) throw new Error(`Pacer finished ${reads.length} of ${count} reads in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

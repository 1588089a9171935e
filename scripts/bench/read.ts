import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { GridKind } from './page/grow';
import { KIND_LABEL, loadFixture, routeFixture, type Fixture } from './fixtures';
import { makeMeasure, pairRuns, type Measure } from './measure';

/**
 * Measure 1: the real extraction (`extractPage` with the registry, injected into the page)
 * over 1k and 10k rows of three realistic markups, against a bare querySelectorAll +
 * textContent walk of the same rows in the same page, interleaved run by run.
 *
 * Preparing a page (load, grow, and the first frame after growing, which lays out every row:
 * ~25 s for 10k Lightning datatable rows) measures nothing, so two pages are prepared side by
 * side, each in its own context (its own renderer process), and only then measured one after
 * the other: no page is being prepared while another is measured, and a prepared page waits
 * idle. The measures keep their order in the output.
 */
const KINDS: GridKind[] = ['sf-table', 'dynamics-grid', 'sf-shadow'];
const SIZES = [1_000, 10_000];
/** Rows each side reads before the timed runs (see measure). */
const WARMUP_ROWS = 30_000;
/** Pairs prepared together: the two heavy layouts together, the light ones together. */
const BATCHES: [GridKind, number][][] = [
  [['sf-table', 10_000], ['sf-shadow', 10_000]],
  [['sf-table', 1_000], ['sf-shadow', 1_000]],
  [['dynamics-grid', 1_000], ['dynamics-grid', 10_000]],
];

interface Prepared { kind: GridKind; n: number; f: Fixture; context: BrowserContext; page: Page }

async function prepare(browser: Browser, tools: string, kind: GridKind, n: number, log: (s: string) => void): Promise<Prepared> {
  const f = loadFixture(kind);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await routeFixture(context, f);
    const page = await context.newPage();
    await page.goto(f.url);
    await page.addScriptTag({ content: tools });
    const t0 = Date.now();
    await page.evaluate(`__pacerBench.grow(${JSON.stringify(kind)}, ${n})`);
    const built = Date.now() - t0;
    // The frame after the rows were added (rAF runs before its layout, the task after it):
    // the state the first, unrecorded warm-up read used to wait for behind that frame.
    await page.evaluate(`new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))`);
    log(`  ${kind} ${n} rows built in ${built} ms, laid out in ${Date.now() - t0 - built} ms`);
    return { kind, n, f, context, page };
  } catch (e) {
    await context.close();
    throw e;
  }
}

async function measure(p: Prepared, o: { quick: boolean; log: (s: string) => void }): Promise<Measure> {
  const { kind, n, f, page } = p;
  let deals = 0;
  let rows = 0;
  let warnings = '';
  // A 1k read is cheap and its runs alternate between ~7 and ~11 ms (a young-generation GC every
  // other run): 25 runs make its median steady; 10k reads take seconds per pair.
  const runs = n >= 10_000 ? (o.quick ? 2 : 4) : o.quick ? 9 : 25;
  // Warm-up to V8's steady state, both sides alike, by rows read: 30k before timing at either
  // size (3 reads at 10k, 30 at 1k). The reader's functions reach the optimizing tier only after
  // ~20-25k rows read: in a series of 1k-row reads the first ~24 took ~11 ms and the later ones
  // 7-9 ms, so 12 warm-ups at 1k still timed the tail of the JIT's warm-up (1.85-1.95x in the
  // bench where a long series gives ~1.6x).
  const warmup = Math.ceil(WARMUP_ROWS / n);
  const r = await pairRuns(
    async () => {
      const x = (await page.evaluate(`__pacerBench.timeRead(${JSON.stringify(f.url)})`)) as { ms: number; deals: number; warnings: string[] };
      deals = x.deals;
      warnings = x.warnings.join(' | ');
      return x.ms;
    },
    async () => {
      const x = (await page.evaluate(`__pacerBench.timeBare(${JSON.stringify(kind)})`)) as { ms: number; rows: number };
      rows = x.rows;
      return x.ms;
    },
    { warmup, runs },
  );
  if (deals !== n) o.log(`  WARNING ${kind} ${n}: the adapter read ${deals} deals of ${n} rows ${warnings}`);
  return makeMeasure({
    id: `read-${n / 1000}k-${kind}`,
    label: `read ${n} rows: ${KIND_LABEL[kind]}`,
    unit: 'ms',
    samples: r.pacer,
    baseline: r.baseline,
    goal: { kind: 'ratio-max', max: 2 },
    warmup,
    notes: { rows: n, dealsRead: deals, baselineRows: rows },
  });
}

/**
 * `o.ready`: work running beside the first preparation (the extension's build), awaited before
 * anything is measured, so no measure shares the machine with it.
 */
export async function readMeasures(browser: Browser, tools: string, o: { quick: boolean; log: (s: string) => void; ready?: Promise<unknown> }): Promise<Measure[]> {
  const byId = new Map<string, Measure>();
  for (const batch of BATCHES) {
    const settled = await Promise.allSettled(batch.map(([kind, n]) => prepare(browser, tools, kind, n, o.log)));
    const ready = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      if (o.ready) {
        const t0 = Date.now();
        await o.ready;
        if (Date.now() - t0 > 500) o.log(`  (waited ${((Date.now() - t0) / 1000).toFixed(1)} s for the build before measuring)`);
      }
      for (const p of ready) {
        byId.set(`${p.kind}/${p.n}`, await measure(p, o));
        await p.context.close();
      }
    } finally {
      await Promise.all(ready.map((p) => p.context.close().catch(() => undefined)));
    }
  }
  return KINDS.flatMap((kind) => SIZES.map((n) => byId.get(`${kind}/${n}`)!));
}

import type { Browser } from 'playwright-core';
import type { GridKind } from './page/grow';
import { KIND_LABEL, loadFixture, routeFixture } from './fixtures';
import { makeMeasure, pairRuns, type Measure } from './measure';

/**
 * Measure 1: the real extraction (`extractPage` with the registry, injected into the page)
 * over 1k and 10k rows of three realistic markups, against a bare querySelectorAll +
 * textContent walk of the same rows in the same page, interleaved run by run.
 */
const KINDS: GridKind[] = ['sf-table', 'dynamics-grid', 'sf-shadow'];

export async function readMeasures(browser: Browser, tools: string, o: { quick: boolean; log: (s: string) => void }): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const kind of KINDS) {
    for (const n of [1_000, 10_000]) {
      const f = loadFixture(kind);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      try {
        await routeFixture(context, f);
        const page = await context.newPage();
        await page.goto(f.url);
        await page.addScriptTag({ content: tools });
        const t0 = Date.now();
        await page.evaluate(`__pacerBench.grow(${JSON.stringify(kind)}, ${n})`);
        o.log(`  ${kind} ${n} rows built in ${Date.now() - t0} ms`);
        let deals = 0;
        let rows = 0;
        let warnings = '';
        const runs = n >= 10_000 ? (o.quick ? 2 : 4) : o.quick ? 5 : 9;
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
          { warmup: n >= 10_000 ? 1 : 2, runs },
        );
        if (deals !== n) o.log(`  WARNING ${kind} ${n}: the adapter read ${deals} deals of ${n} rows ${warnings}`);
        out.push(
          makeMeasure({
            id: `read-${n / 1000}k-${kind}`,
            label: `read ${n} rows: ${KIND_LABEL[kind]}`,
            unit: 'ms',
            samples: r.pacer,
            baseline: r.baseline,
            goal: { kind: 'ratio-max', max: 2 },
            notes: { rows: n, dealsRead: deals, baselineRows: rows },
          }),
        );
      } finally {
        await context.close();
      }
    }
  }
  return out;
}

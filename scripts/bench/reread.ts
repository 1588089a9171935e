import type { BrowserContext } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/extension-browser';
import { openCrmPage, waitForReads } from './crm-page';
import { swCall } from './ext';
import { loadFixture, routeFixture } from './fixtures';
import { makeMeasure, type Measure } from './measure';

/**
 * Measure 2, the real content script on a 10k-row Salesforce list at its Lightning URL: its
 * first read (read, compare, send 10k new deals, wait for the store) against re-reads of the
 * unchanged page, triggered by an unrelated DOM change. Counted from Pacer's own `pacer:read`
 * user timing; the messages sent on re-reads and the background's writes (dataVersion) must be 0.
 *
 * The warm-up load (content script, service worker and database warmed, nothing recorded) is a
 * 1k-row page: the same code paths as the 10k-row loads, without another ~25 s of laying out
 * 10k Lightning rows that no figure uses (issue #10: the whole bench in 5 minutes).
 */
const ROWS = 10_000;
const WARMUP_ROWS = 1_000;
export async function rereadMeasures(b: ExtensionBrowser, context: BrowserContext, tools: string, swTools: string, o: { quick: boolean; log: (s: string) => void }): Promise<Measure[]> {
  const f = loadFixture('sf-table');
  await routeFixture(context, f);
  const loads = o.quick ? 1 : 2;
  const rereadsPerLoad = 4;
  const first: number[] = [];
  const again: number[] = [];
  let sent = 0;
  let writes = 0;
  for (let i = -1; i < loads; i++) {
    const rows = i < 0 ? WARMUP_ROWS : ROWS;
    const t0 = Date.now();
    const page = await openCrmPage(context, tools, f, { kind: 'sf-table', rows, salt: 50 + i });
    try {
      const [r0] = await waitForReads(page, 1);
      if (!r0 || r0.sent !== rows) throw new Error(`the first read sent ${r0?.sent} of ${rows} deals`);
      const t1 = Date.now();
      const v0 = await swCall<number>(b, swTools, 'dataVersion()');
      for (let k = 1; k <= rereadsPerLoad; k++) {
        await page.evaluate(`document.body.appendChild(document.createElement('i'))`);
        const reads = await waitForReads(page, k + 1);
        const r = reads[k]!;
        if (i >= 0) { again.push(r.duration); sent += r.sent; }
      }
      if (i >= 0) {
        first.push(r0.duration);
        writes += (await swCall<number>(b, swTools, 'dataVersion()')) - v0;
      }
      o.log(`  load ${i < 0 ? `warm-up (${rows} rows)` : i + 1}: first read ${r0.duration.toFixed(0)} ms (page open to first read stored ${((t1 - t0) / 1000).toFixed(1)} s), ${rereadsPerLoad} re-reads in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    } finally {
      await page.close();
    }
  }
  const m = makeMeasure({
    id: 'reread-10k-unchanged', label: 're-read of an unchanged 10k-row page vs its first read (content script, Salesforce list)',
    unit: 'ms', samples: again, baseline: first, goal: { kind: 'ratio-max', max: 0.05 }, warmup: 1, notes: { messagesSent: sent, writes },
  });
  // "0 messages/writes" is part of the goal: a re-read that sends or writes anything misses it.
  if (sent > 0 || writes > 0) m.met = false;
  return [m];
}

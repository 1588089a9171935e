import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/extension-browser';
import { swCall, timedIngest } from './ext';
import { makeMeasure, median, type Measure } from './measure';
import { settle } from './settle';
import { syntheticExtracted } from './synthetic';

/**
 * Measures 3 and 4, in the extension's service worker: 10k new deals through the real
 * `deals.ingest` handler (validation, merge, one transaction, first-won aggregate, dataVersion),
 * timed in the worker by the handler's own `pacer:ingest` user timing, against a raw IndexedDB
 * put loop of the very rows Pacer stored, into a store with Pacer's key path and indexes. Then
 * the same 10k again, unchanged (4), against (3). The message round trip an extension page
 * waits for is kept in the notes (Chrome serializes messages as JSON: its cost is the
 * browser's, the same for any extension).
 *
 * Each write makes the background refresh its team view shortly after (team-view-cache.ts); the
 * raw baseline waits until that is done, so it never runs beside Pacer's own follow-up work.
 */
export async function storeMeasures(b: ExtensionBrowser, page: Page, swTools: string, o: { quick: boolean; log: (s: string) => void }): Promise<Measure[]> {
  const n = 10_000;
  const runs = o.quick ? 2 : 3;
  const fresh: number[] = [];
  const raw: number[] = [];
  const again: number[] = [];
  const roundTrip: number[] = [];
  const roundTripAgain: number[] = [];
  let unchanged = 0;
  for (let i = -1; i < runs; i++) {
    const prefix = `store${i + 1}-`;
    const deals = syntheticExtracted(n, { seed: 100 + i, prefix });
    const first = await timedIngest(page, deals);
    if (first.reply.added !== n) throw new Error(`deals.ingest added ${first.reply.added} of ${n} (rejected ${first.reply.rejected.length})`);
    const firstMs = await swCall<number>(b, swTools, 'lastIngestMs()');
    await settle(page);
    const base = await swCall<{ ms: number; rows: number }>(b, swTools, `rawPut(${JSON.stringify(prefix)})`);
    if (base.rows !== n) throw new Error(`raw baseline found ${base.rows} stored rows of ${n}`);
    const second = await timedIngest(page, null); // the same deals, still in the page
    const secondMs = await swCall<number>(b, swTools, 'lastIngestMs()');
    unchanged = second.reply.unchanged;
    o.log(`  run ${i < 0 ? 'warm-up' : i + 1}: ingest ${firstMs.toFixed(0)} ms (round trip ${first.ms.toFixed(0)}), raw put ${base.ms.toFixed(0)} ms (ratio ${(firstMs / base.ms).toFixed(3)}), re-ingest ${secondMs.toFixed(0)} ms (round trip ${second.ms.toFixed(0)})`);
    if (i < 0) continue;
    fresh.push(firstMs);
    raw.push(base.ms);
    again.push(secondMs);
    roundTrip.push(first.ms);
    roundTripAgain.push(second.ms);
  }
  const store = makeMeasure({
    id: 'store-10k-new', label: 'store 10k new deals (deals.ingest handler) vs raw IndexedDB puts in the service worker',
    unit: 'ms', samples: fresh, baseline: raw, goal: { kind: 'ratio-max', max: 1.2 }, warmup: 1, notes: { deals: n, roundTripMs: Math.round(median(roundTrip)) },
  });
  return [
    store,
    makeMeasure({
      id: 'store-10k-unchanged', label: 're-ingest the same 10k deals unchanged vs storing them new (3)',
      unit: 'ms', samples: again, baseline: fresh, goal: { kind: 'ratio-max', max: 0.05 }, warmup: 1, notes: { deals: n, unchanged, roundTripMs: Math.round(median(roundTripAgain)) },
    }),
  ];
}

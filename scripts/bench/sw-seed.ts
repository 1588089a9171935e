import { PacerDb } from '../../lib/db/app-db';
import { ingestDeals } from '../../lib/db/ingest';
import { syntheticExtracted } from './synthetic';

/**
 * Runs IN THE EXTENSION'S SERVICE WORKER (bundled by ./page-bundle.ts): fills the store to
 * `target` deals for the popup measure. The deals are generated here and stored by Pacer's own
 * `ingestDeals` (lib/db: validation, merge, first-won aggregate, the same rows as the
 * `deals.ingest` handler writes), batch by batch, without shipping 100k deals through CDP and
 * a runtime message first (that transfer is setup, not what the popup measure is about). Then
 * the data version is bumped as the handler does after a write, so the background's caches
 * and its refresh of the team view see the new data.
 */
async function seed(target: number, batch: number): Promise<{ count: number; batches: number }> {
  const db = new PacerDb();
  try {
    let count = await db.deals.count();
    let batches = 0;
    for (let i = 0; count < target; i++) {
      const n = Math.min(batch, target - count);
      const r = await ingestDeals(db, syntheticExtracted(n, { seed: 1000 + i, prefix: `seed${i}-` }));
      if (r.added === 0) throw new Error(`seeding stored no deal (rejected ${r.rejected.length}): ${JSON.stringify(r.rejected[0] ?? null)}`);
      count = await db.deals.count();
      batches++;
    }
    const v = (await chrome.storage.local.get('dataVersion')).dataVersion;
    await chrome.storage.local.set({ dataVersion: (typeof v === 'number' ? v : 0) + 1 });
    return { count, batches };
  } finally {
    db.close();
  }
}

(globalThis as { __pacerSeed?: unknown }).__pacerSeed = { seed };

import type { PacerDb } from '../../../lib/db/app-db';
import { ingestDeals } from '../../../lib/db/ingest';
import { handle } from '../../../lib/messaging/handle';
import { commit, teardown } from './write';
import { writing } from './write-activity';

/**
 * One user-timing entry per ingest (`pacer:ingest`, in the service worker's timeline): what
 * storing a page's deals costs, without the message transfer (`npm run bench`, DevTools).
 */
function timing(start: number, deals: number): void {
  try {
    performance.measure('pacer:ingest', { start, end: performance.now(), detail: { deals } });
  } catch {
    /* user timing unavailable */
  }
}

/** deals.ingest: what a content script read from a CRM page. */
export function setupDeals(db: PacerDb): () => void {
  return teardown([
    handle('deals.ingest', async (req) => {
      const start = performance.now();
      try {
        return await writing(() => commit(() => ingestDeals(db, req.deals), (r) => r.added + r.updated > 0));
      } finally {
        timing(start, req.deals.length);
      }
    }),
  ]);
}

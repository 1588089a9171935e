import type { PacerDb } from '../../../lib/db/app-db';
import { ingestDeals } from '../../../lib/db/ingest';
import { handle } from '../../../lib/messaging/handle';
import { commit, teardown } from './write';

/** deals.ingest: what a content script read from a CRM page. */
export function setupDeals(db: PacerDb): () => void {
  return teardown([
    handle('deals.ingest', (req) => commit(() => ingestDeals(db, req.deals), (r) => r.added + r.updated > 0)),
  ]);
}

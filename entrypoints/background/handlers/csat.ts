import type { PacerDb } from '../../../lib/db/app-db';
import { setCsat } from '../../../lib/db/csat';
import { handle } from '../../../lib/messaging/handle';
import { commit, teardown } from './write';

export function setupCsat(db: PacerDb): () => void {
  return teardown([handle('csat.set', (entry) => commit(() => setCsat(db, entry)))]);
}

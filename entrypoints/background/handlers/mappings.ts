import type { PacerDb } from '../../../lib/db/app-db';
import { deleteMapping, listMappings, mappingsForUrl, saveMapping } from '../../../lib/db/mappings';
import { handle } from '../../../lib/messaging/handle';
import { commit, NO_KPI, teardown } from './write';

/** Mappings taught in teach mode (generic reader). */
export function setupMappings(db: PacerDb): () => void {
  return teardown([
    handle('mappings.list', () => listMappings(db)),
    handle('mappings.forUrl', ({ url }) => mappingsForUrl(db, url)),
    handle('mappings.save', (m) => commit(() => saveMapping(db, m), undefined, NO_KPI)),
    handle('mappings.delete', ({ id }) => commit(() => deleteMapping(db, id), undefined, NO_KPI)),
  ]);
}

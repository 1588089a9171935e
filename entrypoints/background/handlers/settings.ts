import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings, updateSettings } from '../../../lib/db/settings';
import { handle } from '../../../lib/messaging/handle';
import { commit, teardown } from './write';

/** Owners seen on any deal, from the owner index alone (no record is read). */
export async function listOwners(db: PacerDb): Promise<string[]> {
  const keys = (await db.deals.orderBy('owner').uniqueKeys()) as string[];
  return keys.filter((k) => typeof k === 'string' && k.trim() !== '');
}

export function setupSettings(db: PacerDb): () => void {
  return teardown([
    handle('settings.get', () => getSettings(db)),
    handle('settings.update', (patch) => commit(() => updateSettings(db, patch))),
    handle('owners.list', () => listOwners(db)),
  ]);
}

import { browser } from 'wxt/browser';
import type { SavedView, ViewStore } from './team-view-cache';

/**
 * The saved default team view (team-view-cache.ts) in storage.session: it outlives the service
 * worker's idle stops, which is all it is for, and never reaches the disk. Only the extension's
 * own pages and worker can read that area (Chrome's default access level), so no content script
 * is told of each write. Delete-all removes it too.
 */
export const SAVED_TEAM_VIEW_KEY = 'teamView';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The shape of a SavedView (written by this worker; a version or build mismatch is checked by the cache). */
function isSaved(x: unknown): x is SavedView {
  if (!isObject(x) || typeof x.build !== 'string' || typeof x.key !== 'string' || typeof x.version !== 'number') return false;
  const v = x.view;
  return isObject(v) && typeof v.today === 'string' && Array.isArray(v.rows) && Array.isArray(v.owners) && isObject(v.team) && isObject(v.period);
}

export const sessionViewStore: ViewStore = {
  async load() {
    const v: unknown = (await browser.storage.session.get(SAVED_TEAM_VIEW_KEY))[SAVED_TEAM_VIEW_KEY];
    return isSaved(v) ? v : null;
  },
  save: (v) => browser.storage.session.set({ [SAVED_TEAM_VIEW_KEY]: v }),
};

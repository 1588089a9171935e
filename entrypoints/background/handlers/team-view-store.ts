import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SavedView, ViewStore } from './team-view-cache';

/**
 * The saved default team view (team-view-cache.ts) in storage.session: it outlives the service
 * worker's idle stops, which is all it is for, and never reaches the disk. Only the extension's
 * own pages and worker can read that area (Chrome's default access level), so no content script
 * is told of each write. Delete-all removes it too.
 */
export const SAVED_TEAM_VIEW_KEY = 'teamView';

/**
 * What a saved entry must look like to be used (written by this worker; build, request and version
 * are compared by the cache). The view's own fields are the engine's output, checked for shape only.
 */
const savedViewSchema = z.object({
  build: z.string(),
  key: z.string(),
  version: z.number(),
  view: z.looseObject({ today: z.string(), rows: z.array(z.unknown()), owners: z.array(z.string()), team: z.looseObject({}), period: z.looseObject({}) }),
});

export const sessionViewStore: ViewStore = {
  async load() {
    const parsed = savedViewSchema.safeParse((await browser.storage.session.get(SAVED_TEAM_VIEW_KEY))[SAVED_TEAM_VIEW_KEY]);
    return parsed.success ? (parsed.data as unknown as SavedView) : null;
  },
  save: (v) => browser.storage.session.set({ [SAVED_TEAM_VIEW_KEY]: v }),
};

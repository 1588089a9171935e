import type { TeamView } from '../../../lib/domain/views';
import { getViewVersion, watchViewVersion } from '../../../lib/messaging/data-version';

/**
 * The popup opens on `view.team`; with 100k deals stored, loading a quarter's deals and running
 * the engine takes seconds, far from the popup's 200 ms (npm run bench, popup-100k-team-table).
 * So the last views are kept per request and version of their inputs (`viewVersion`, bumped by
 * every write a view reads), and the default view (this quarter) is computed again shortly after
 * the last committed write (not while writes are running), before anyone asks. A cached view is
 * never older than the data it was computed for.
 *
 * The default view is also saved (`store`): MV3 stops an idle service worker, and the memory
 * goes with it, so the popup opened the next time would wait seconds again. A saved view is used
 * only for the same request, build and viewVersion.
 */
const MAX = 8;
const REFRESH_AFTER_MS = 1_500;

type Key = { period?: string; today: string; lang: string };
export interface SavedView { build: string; key: string; version: number; view: TeamView }
export interface ViewStore { load(): Promise<SavedView | null>; save(v: SavedView): Promise<void> }

export interface TeamViewCacheOptions {
  /** True while writes are running (the refresh waits for them). */
  busy?: () => boolean;
  /** Where the default view is kept across service-worker restarts, for this `build`. */
  store?: ViewStore;
  build?: string;
}

export function createTeamViewCache(compute: (key: Key) => Promise<TeamView>, defaults: () => Key, o: TeamViewCacheOptions = {}) {
  const { busy = () => false, store, build = '' } = o;
  const views = new Map<string, { version: number; view: Promise<TeamView> }>();
  const keyOf = (k: Key) => `${k.today}|${k.period ?? ''}|${k.lang}`;

  /** The default view: the saved one when it is for this very request, build and version. */
  const computeDefault = async (k: Key, key: string, version: number): Promise<TeamView> => {
    const saved = store ? await store.load().catch(() => null) : null;
    if (saved && saved.build === build && saved.key === key && saved.version === version) return saved.view;
    const view = await compute(k);
    store?.save({ build, key, version, view }).catch(() => undefined);
    return view;
  };

  const get = async (k: Key): Promise<TeamView> => {
    const version = await getViewVersion();
    const key = keyOf(k);
    const hit = views.get(key);
    if (hit && hit.version === version) return hit.view;
    const view = key === keyOf(defaults()) ? computeDefault(k, key, version) : compute(k);
    views.set(key, { version, view });
    if (views.size > MAX) views.delete(views.keys().next().value as string);
    view.catch(() => views.delete(key));
    return view;
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  // While writes are still running (a big read stored batch after batch), wait: computing the
  // view between batches would only delay them and be stale at once.
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (busy()) arm();
      else void get(defaults()).catch(() => undefined);
    }, REFRESH_AFTER_MS);
  };
  const unwatch = watchViewVersion(arm);
  return { get, stop: () => { unwatch(); if (timer) clearTimeout(timer); } };
}

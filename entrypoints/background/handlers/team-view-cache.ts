import type { TeamView } from '../../../lib/domain/views';
import { viewInputsVersion, watchViewInputs } from './view-inputs';

/**
 * The popup opens on `view.team`; with 100k deals stored, loading a quarter's deals and running
 * the engine takes seconds, far from the popup's 200 ms (npm run bench, popup-100k-team-table).
 * So the last views are kept per request and version of their inputs, and the default view (this
 * quarter) is computed again shortly after the last committed write (not while writes are
 * running), before anyone asks. Every write a view reads changes the version (./view-inputs.ts),
 * so a cached view is never older than the data.
 */
const MAX = 8;
const REFRESH_AFTER_MS = 1_500;

export function createTeamViewCache(compute: (key: { period?: string; today: string; lang: string }) => Promise<TeamView>, defaults: () => { today: string; lang: string }, busy: () => boolean = () => false) {
  const views = new Map<string, { version: number; view: Promise<TeamView> }>();
  const keyOf = (k: { period?: string; today: string; lang: string }) => `${k.today}|${k.period ?? ''}|${k.lang}`;

  const get = async (k: { period?: string; today: string; lang: string }): Promise<TeamView> => {
    const version = viewInputsVersion();
    const hit = views.get(keyOf(k));
    if (hit && hit.version === version) return hit.view;
    const view = compute(k);
    views.set(keyOf(k), { version, view });
    if (views.size > MAX) views.delete(views.keys().next().value as string);
    view.catch(() => views.delete(keyOf(k)));
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
  const unwatch = watchViewInputs(arm);
  return { get, stop: () => { unwatch(); if (timer) clearTimeout(timer); } };
}

import { storage } from 'wxt/utils/storage';

/**
 * Two counters in storage.local that the background bumps after committed writes:
 * - `dataVersion`, after every write: UIs watch it to refresh live (a deal read in one tab
 *   updates the popup and other sidebars) without polling and without the background knowing
 *   who is open;
 * - `viewVersion`, after the writes a computed view reads (deals, goals, settings, CSAT,
 *   imports; not snapshots, agendas or mappings). The team view cache is keyed by it, in memory
 *   and across service-worker restarts: the popup's own daily snapshot must not throw away a
 *   view that took seconds to compute.
 */
const dataVersion = storage.defineItem<number>('local:dataVersion', { fallback: 0 });
const viewVersion = storage.defineItem<number>('local:viewVersion', { fallback: 0 });

let pending: Promise<number> = Promise.resolve(0);

/** Background only, after a write has committed. Serialized so no bump is lost. */
export function bumpDataVersion(o: { views: boolean } = { views: true }): Promise<number> {
  pending = pending.catch(() => 0).then(async () => {
    const [data, views] = await storage.getItems([dataVersion, viewVersion]);
    const next = Number(data?.value ?? 0) + 1;
    await storage.setItems([
      { item: dataVersion, value: next },
      ...(o.views ? [{ item: viewVersion, value: Number(views?.value ?? 0) + 1 }] : []),
    ]);
    return next;
  });
  return pending;
}

export const getDataVersion = (): Promise<number> => dataVersion.getValue();
export const getViewVersion = (): Promise<number> => viewVersion.getValue();

/** UIs: calls `cb` with the new version after each committed write; returns the unwatch. */
export function watchDataVersion(cb: (version: number) => void): () => void {
  return dataVersion.watch((v) => cb(v));
}

/** Calls `cb` after each committed write that a computed view reads; returns the unwatch. */
export function watchViewVersion(cb: () => void): () => void {
  return viewVersion.watch(() => cb());
}

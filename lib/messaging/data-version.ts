import { storage } from 'wxt/utils/storage';

/**
 * A counter in storage.local that the background bumps after every committed write. UIs
 * watch it to refresh live (a deal read in one tab updates the popup and other sidebars)
 * without polling and without the background knowing who is open.
 */
const dataVersion = storage.defineItem<number>('local:dataVersion', { fallback: 0 });

let pending: Promise<number> = Promise.resolve(0);

/** Background only, after a write has committed. Serialized so no bump is lost. */
export function bumpDataVersion(): Promise<number> {
  pending = pending.catch(() => 0).then(async () => {
    const next = (await dataVersion.getValue()) + 1;
    await dataVersion.setValue(next);
    return next;
  });
  return pending;
}

export const getDataVersion = (): Promise<number> => dataVersion.getValue();

/** UIs: calls `cb` with the new version after each committed write; returns the unwatch. */
export function watchDataVersion(cb: (version: number) => void): () => void {
  return dataVersion.watch((v) => cb(v));
}

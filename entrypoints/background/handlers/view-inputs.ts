/**
 * Counts the writes a computed view reads (deals, goals, settings, CSAT, imports), in the
 * background's memory. The storage `dataVersion` also moves for snapshots, agendas and mappings,
 * which tell the options page to reload but change no KPI: counting those too made the popup's
 * own daily snapshot (asked right after its first team view) throw away the cached view, so
 * with 100k deals stored the next popup waited seconds for it to be computed again. Memory is
 * enough: the cache it guards lives in the same service worker and dies with it.
 */
let version = 0;
const listeners = new Set<() => void>();

export const viewInputsVersion = (): number => version;

export function viewInputsChanged(): void {
  version++;
  for (const l of listeners) l();
}

export function watchViewInputs(cb: () => void): () => void {
  listeners.add(cb);
  return () => { listeners.delete(cb); };
}

import type { Observation } from '../domain/observation';
import { diffDays } from '../periods/dates';
import type { PreparedDeal } from './prepare';

/** Observation history grouped per deal (crm → sourceId → entries), restricted to `keep`. */
export type HistoryIndex = Map<string, Map<string, Observation[]>>;

export function indexHistory(observations: readonly Observation[], keep: readonly PreparedDeal[]): HistoryIndex {
  const out: HistoryIndex = new Map();
  for (const d of keep) {
    let byId = out.get(d.deal.crm);
    if (!byId) out.set(d.deal.crm, (byId = new Map()));
    byId.set(d.deal.sourceId, []);
  }
  // Nested maps: no key string built per observation (hundreds of thousands at scale).
  for (const o of observations) out.get(o.crm)?.get(o.sourceId)?.push(o);
  return out;
}

/**
 * Days the deal's current stage has run, judged only from the observation history
 * (kpi-definitions.md): the current unbroken run of the stage starts on the date (as written,
 * the first 10 characters of the timestamp) of its first observation in that run. Null when the
 * history says nothing about the current stage (no entries, or the last entry's stage differs).
 */
export function stageAgeDays(d: PreparedDeal, history: HistoryIndex, today: string): number | null {
  const entries = history.get(d.deal.crm)?.get(d.deal.sourceId);
  if (!entries || entries.length === 0) return null;
  // Usually stored in time order already: sort (a copy) only when not.
  let ordered = true;
  for (let i = 1; i < entries.length && ordered; i++) {
    const a = entries[i - 1]!.at;
    const b = entries[i]!.at;
    // string order is time order only for UTC stamps of the same shape
    ordered = a.length === b.length && a.endsWith('Z') && b.endsWith('Z') && a <= b;
  }
  const sorted = ordered ? entries : [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const stage = d.deal.stage;
  if (sorted[sorted.length - 1]!.stage !== stage) return null;
  let i = sorted.length - 1;
  while (i > 0 && sorted[i - 1]!.stage === stage) i--;
  return diffDays(today, sorted[i]!.at.slice(0, 10));
}

/** Stalled: open and the stage's known run is ≥ stalledAfterDays; shorter or no history = not stalled (unknown). */
export function isStalled(ageDays: number | null, stalledAfterDays: number): boolean {
  return ageDays !== null && ageDays >= stalledAfterDays;
}

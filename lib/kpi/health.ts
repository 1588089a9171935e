import type { Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import { diffDays, epochDay } from '../periods/dates';
import type { KeyIndex } from './key-index';
import { PreparedDeal } from './prepare';

/**
 * An open deal as the index first met it: already prepared when it closes in a report range or
 * has slipped, else the stored deal (most future pipeline is only ever checked for stalling, and
 * only deals with a stage history can stall, so preparing it up front would be wasted).
 */
export type OpenDeal = Deal | PreparedDeal;

/**
 * Open deals in data order, findable by crm → sourceId → position: each CRM's KeyIndex shares
 * `ids` (the sourceId of each position), so the position it gives is the deal's place in `list`.
 * A repeated key is kept aside, with its twin's position.
 */
export interface OpenDeals {
  list: OpenDeal[];
  ids: string[];
  byKey: Map<string, KeyIndex>;
  duplicates: { deal: OpenDeal; twin: number }[];
}

const stored = (d: OpenDeal): Deal => (d instanceof PreparedDeal ? d.deal : d);

/** String order is time order only for UTC stamps of the same shape. */
const inOrder = (a: string, b: string): boolean =>
  a.length === b.length && a.charCodeAt(a.length - 1) === 90 && b.charCodeAt(b.length - 1) === 90 && a <= b;

/**
 * Days the deal's current stage has run, judged only from the observation history
 * (kpi-definitions.md): the current unbroken run of the stage starts on the date (as written,
 * the first 10 characters of the timestamp) of its first observation in that run. Null when the
 * history says nothing about the current stage (no entries, or the last entry's stage differs).
 */
export function stageAgeDays(stage: string | null, entries: readonly Observation[] | undefined, today: string): number | null {
  if (!entries || entries.length === 0) return null;
  let ordered = true;
  for (let i = 1; i < entries.length && ordered; i++) ordered = inOrder(entries[i - 1]!.at, entries[i]!.at);
  const sorted = ordered ? entries : [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (sorted[sorted.length - 1]!.stage !== stage) return null;
  let i = sorted.length - 1;
  while (i > 0 && sorted[i - 1]!.stage === stage) i--;
  return diffDays(today, sorted[i]!.at.slice(0, 10));
}

/** Stalled: open and the stage's known run is ≥ stalledAfterDays; shorter or no history = not stalled (unknown). */
export function isStalled(ageDays: number | null, stalledAfterDays: number): boolean {
  return ageDays !== null && ageDays >= stalledAfterDays;
}

/**
 * The position in `OpenDeals.list` of an observation's deal, or -1 when that deal is not open.
 * Observations of one CRM usually come together: the crm → inner map lookup runs once per run of
 * them. A cursor rather than a callback, so the hot loop pays no closure call per observation.
 */
class OpenCursor {
  private crm: string | undefined;
  private inner: KeyIndex | undefined;
  constructor(private readonly open: OpenDeals) {}

  at(o: Observation): number {
    if (o.crm !== this.crm) {
      this.crm = o.crm;
      this.inner = this.open.byKey.get(o.crm);
    }
    return this.inner === undefined ? -1 : this.inner.get(o.sourceId);
  }
}

/**
 * The open deals whose current stage has run ≥ stalledAfterDays, with the days: one pass over
 * the M observations (a map probe each), following each deal's stage run as its entries come
 * (stored in time order, as usual, no per-deal arrays). A deal whose entries are out of order
 * is judged from its sorted history in a second pass. Deals are prepared only when stalled.
 */
export function stalledDeals(
  observations: readonly Observation[],
  open: OpenDeals,
  today: string,
  stalledAfterDays: number,
  prepare: (d: Deal) => PreparedDeal,
): { deal: PreparedDeal; days: number }[] {
  // The current run of each open deal's stage, followed observation by observation, in
  // parallel typed arrays (one slot per open deal): the position of the run's first observation
  // and of the last one seen, so the stage and times are read back from `observations` and no
  // per-deal string array is built (three such arrays were ~1.7 MB of garbage per report).
  // state: 0 = no entry yet, 1 = entries in plain UTC-string time order so far, 2 = out of order
  // (judged from its sorted history, rare). O(M) probes, O(open deals) memory, no allocation per item.
  const n = open.list.length;
  const state = new Uint8Array(n);
  const runStart = new Int32Array(n);
  const runLast = new Int32Array(n);
  let unordered = false;
  const cursor = new OpenCursor(open);
  // A deal's entries come together (stored and loaded by [crm+sourceId]): an entry of the same
  // deal as the one before reuses its position, with no hash of its id and no probe.
  let prev: Observation | undefined;
  let prevAt = -1;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    const at = prev !== undefined && o.sourceId === prev.sourceId && o.crm === prev.crm ? prevAt : cursor.at(o);
    prev = o;
    prevAt = at;
    if (at < 0) continue;
    const st = state[at]!;
    if (st === 0) {
      state[at] = 1;
      runStart[at] = runLast[at] = i;
    } else if (st === 2) continue;
    else if (!inOrder(observations[runLast[at]!]!.at, o.at)) {
      state[at] = 2;
      unordered = true;
    } else {
      if (o.stage !== observations[runStart[at]!]!.stage) runStart[at] = i;
      runLast[at] = i;
    }
  }
  let sortedHistory: Map<number, Observation[]> | undefined;
  if (unordered) {
    const h = (sortedHistory = new Map());
    const again = new OpenCursor(open);
    for (const o of observations) {
      const at = again.at(o);
      if (at < 0 || state[at] !== 2) continue;
      const list = h.get(at);
      if (list) list.push(o);
      else h.set(at, [o]);
    }
  }
  const out: { deal: PreparedDeal; days: number }[] = [];
  const todayDay = epochDay(today);
  const judge = (d: OpenDeal, at: number): void => {
    const stage = stored(d).stage;
    // epochDay reads only the date as written (the first 10 characters): no substring needed.
    const age =
      state[at] === 2
        ? stageAgeDays(stage, sortedHistory!.get(at), today)
        : observations[runStart[at]!]!.stage === stage
          ? todayDay - epochDay(observations[runStart[at]!]!.at)
          : null;
    if (isStalled(age, stalledAfterDays)) out.push({ deal: d instanceof PreparedDeal ? d : prepare(d), days: age! });
  };
  // An indexed loop over the deals with a history: no closure call per open deal.
  for (let at = 0; at < n; at++) if (state[at] !== 0) judge(open.list[at]!, at);
  for (const dup of open.duplicates) if (state[dup.twin] !== 0) judge(dup.deal, dup.twin);
  return out;
}

import type { PeriodRange } from '../domain/report';
import type { Snapshot } from '../domain/snapshot';

/**
 * The points of a trend line for a period: one per period of the same kind (its latest
 * snapshot, i.e. its final or current figures), oldest first, ending at `period`, at most
 * `max`. Periods after `period` are left out so an older view does not show its future.
 */
export function trendSnapshots(snapshots: readonly Snapshot[], period: Pick<PeriodRange, 'kind' | 'start'>, max = 8): Snapshot[] {
  const latest = new Map<string, Snapshot>();
  for (const s of snapshots) {
    if (s.period.kind !== period.kind || s.period.start > period.start) continue;
    const cur = latest.get(s.period.label);
    if (!cur || s.takenAt > cur.takenAt || (s.takenAt === cur.takenAt && s.id > cur.id)) latest.set(s.period.label, s);
  }
  return [...latest.values()].sort((a, b) => (a.period.start < b.period.start ? -1 : 1)).slice(-max);
}

import { isLevelMetric, type Goal } from '../../lib/domain/goal';
import type { KpiKey } from '../../lib/domain/kpi';
import type { GoalResult, PeriodRange } from '../../lib/domain/report';
import type { Snapshot } from '../../lib/domain/snapshot';
import { epochDay } from '../../lib/periods/index';

/**
 * Chart series from snapshots (pure). A snapshot holds one scope's KPIs for the period that was
 * current on its day; per day the latest one counts (a manual snapshot after the automatic one).
 */
export function kpiSeries(snapshots: readonly Snapshot[], kind: Snapshot['period']['kind'], metric: KpiKey, periodLabel?: string): { day: string; value: number | null }[] {
  const byDay = new Map<string, Snapshot>();
  for (const s of snapshots) {
    if (s.period.kind !== kind || (periodLabel !== undefined && s.period.label !== periodLabel)) continue;
    const prev = byDay.get(s.takenOn);
    if (!prev || prev.takenAt < s.takenAt) byDay.set(s.takenOn, s);
  }
  return [...byDay.values()].sort((a, b) => (a.takenOn < b.takenOn ? -1 : 1)).map((s) => ({ day: s.takenOn, value: s.kpis[metric] }));
}

/**
 * A goal's pace: the actual value on each snapshot day of its period, and the expected line —
 * from 0 at the start to the target at the end for accumulating goals (the engine's linear pace),
 * the target itself throughout for level goals (win rate, average deal size, CSAT).
 */
export function paceSeries(snapshots: readonly Snapshot[], goal: Goal, result: GoalResult, period: PeriodRange) {
  const actual = kpiSeries(snapshots, period.kind, goal.metric, period.label).map((q) => ({ x: epochDay(q.day), y: q.value }));
  const start = epochDay(period.start);
  const end = epochDay(period.end);
  const target = result.target;
  const expected = target === null ? [] : isLevelMetric(goal.metric)
    ? [{ x: start, y: target }, { x: end, y: target }]
    : [{ x: start - 1, y: 0 }, { x: end, y: target }];
  return { actual, expected };
}

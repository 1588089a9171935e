import { isLevelMetric, type Goal } from '../domain/goal';
import type { GoalResult, GoalStatus, PeriodRange } from '../domain/report';
import { atLeast } from '../kpi/numbers';
import { diffDays } from '../periods/dates';
import { periodDays } from '../periods/navigate';
import { resolveTarget } from './target';

export interface GoalInputs {
  goal: Goal;
  period: PeriodRange;
  today: string;
  /** The scope's current (unrounded) value of the goal's metric in P. */
  actual: number | null;
  previousActual: number | null;
  /** The scope had ≥ 1 deal closing in the previous period (accumulating baselines need it). */
  previousHadData: boolean;
  /** Level metrics: how many values back `actual` (won + lost, won deals with an amount, csat entries). */
  sampleSize: number;
  /**
   * revenueWon only: weighted pipeline of the scope's open, not slipped deals closing in
   * [max(today, start), end].
   */
  pipelineAhead: number | null;
}

/** Share of the period elapsed, today counted as elapsed (kpi-definitions.md "Progress and pace"). */
export function elapsedShare(period: PeriodRange, today: string): { elapsedDays: number; days: number; remainingDays: number } {
  const days = periodDays(period);
  const elapsedDays = Math.min(Math.max(diffDays(today, period.start) + 1, 0), days);
  return { elapsedDays, days, remainingDays: Math.max(days - elapsedDays, 1) };
}

const ratio = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);

function paceStatus(actual: number, target: number, paceRatio: number | null): GoalStatus {
  if (atLeast(actual, target)) return 'achieved';
  if (paceRatio === null) return 'on-track';
  if (atLeast(paceRatio, 1)) return 'ahead';
  if (atLeast(paceRatio, 0.9)) return 'on-track';
  if (atLeast(paceRatio, 0.75)) return 'at-risk';
  return 'behind';
}

/** Unrounded goal progress; the report rounds on output. */
export function goalProgress(i: GoalInputs): GoalResult {
  const { goal, actual } = i;
  const target = resolveTarget(goal, i.previousActual, i.previousHadData);
  const base = { id: goal.id, metric: goal.metric, parentId: goal.parentId };
  if (isLevelMetric(goal.metric)) {
    let status: GoalStatus | null;
    if (target === null) status = 'baseline-unknown';
    else if (actual === null) status = null;
    else if (atLeast(actual, target)) status = 'achieved';
    else status = atLeast(actual, 0.9 * target) ? 'at-risk' : 'behind';
    return {
      ...base, target, actual, progress: ratio(actual, target), expected: null, paceRatio: null, status,
      runRateProjection: null, forecastProjection: null, requiredPerWeek: null,
      lowSample: i.sampleSize < 5, elapsed: null,
    };
  }
  const { elapsedDays, days, remainingDays } = elapsedShare(i.period, i.today);
  const elapsed = elapsedDays / days;
  const value = actual ?? 0;
  const runRateProjection = elapsed === 0 ? null : value / elapsed;
  const forecastProjection = goal.metric === 'revenueWon' ? value + (i.pipelineAhead ?? 0) : null;
  if (target === null) {
    return {
      ...base, target: null, actual: value, progress: null, expected: null, paceRatio: null, status: 'baseline-unknown',
      runRateProjection, forecastProjection, requiredPerWeek: null, elapsed,
    };
  }
  const expected = target * elapsed;
  const paceRatio = ratio(value, expected);
  return {
    ...base, target, actual: value, progress: ratio(value, target), expected, paceRatio,
    status: paceStatus(value, target, paceRatio), runRateProjection, forecastProjection,
    requiredPerWeek: (Math.max(target - value, 0) * 7) / remainingDays, elapsed,
  };
}

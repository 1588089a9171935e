import { isLevelMetric, type Goal } from '../domain/goal';

/**
 * A goal's numeric target. Relative targets multiply the previous period's actual
 * (+5 % of a winRate of 0.40 is 0.42, not 0.45). The baseline is unknown — target null — when
 * the previous actual is null or, for accumulating metrics, when the scope had no deal closing
 * in the previous period (Pacer only sees what was browsed: no data is not 0).
 */
export function resolveTarget(goal: Pick<Goal, 'metric' | 'target'>, previousActual: number | null, previousHadData: boolean): number | null {
  if (goal.target.kind === 'absolute') return goal.target.value;
  if (previousActual === null) return null;
  if (!isLevelMetric(goal.metric) && !previousHadData) return null;
  return previousActual * (1 + goal.target.percent / 100);
}

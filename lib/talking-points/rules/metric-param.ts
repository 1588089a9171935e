import type { GoalMetric } from '../../domain/goal';
import { param, type Param } from '../types';

/** A goal figure shown the way its metric reads: money, a percentage or a plain number. */
export function metricValue(metric: GoalMetric, value: number | null): Param {
  if (metric === 'revenueWon' || metric === 'avgDealSize') return param.money(value);
  if (metric === 'winRate') return param.percent(value);
  return param.number(value);
}

import type { GoalMetric } from '../domain/goal';

/**
 * A next-period target from the current run rate: the run-rate projection scaled to the next
 * period's length, rounded to a figure a person would set (counts up to a whole number, money
 * up to three significant digits). Null when there is no run rate to go on (0 or unknown).
 */
export function suggestTarget(
  metric: GoalMetric,
  runRateProjection: number | null,
  days: { current: number; next: number },
): number | null {
  if (runRateProjection === null || !(runRateProjection > 0) || days.current <= 0) return null;
  const raw = (runRateProjection * days.next) / days.current;
  if (metric === 'revenueWon' || metric === 'avgDealSize') {
    const step = 10 ** Math.max(Math.floor(Math.log10(raw)) - 2, 0);
    return Math.ceil(raw / step - 1e-9) * step;
  }
  if (metric === 'winRate') return Math.min(Math.ceil(raw * 100 - 1e-9) / 100, 1);
  if (metric === 'csat') return Math.round(raw * 10) / 10;
  return Math.ceil(raw - 1e-9);
}

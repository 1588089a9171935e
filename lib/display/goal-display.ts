import type { GoalResult } from '../domain/report';
import type { GoalDisplay } from '../domain/views';
import { formatPercent } from '../i18n/format';
import { formatKpi, type FormatContext } from './kpi-format';

// Mirrors LEVEL_METRICS of ../domain/goal.ts without importing it: that module pulls zod,
// which must stay out of the content script bundle.
const LEVEL_METRICS: ReadonlySet<string> = new Set(['winRate', 'avgDealSize', 'csat']);

/**
 * Where pace says the bar should reach today, as a share of the target: the engine's expected
 * value ÷ target; for an accumulating goal without one, the elapsed share of the period. Level
 * goals (win rate, average size, CSAT) have no pace, so no marker.
 */
export function paceShare(goal: GoalResult): number | null {
  if (goal.expected !== null && goal.target !== null && goal.target > 0) return goal.expected / goal.target;
  if (LEVEL_METRICS.has(goal.metric)) return null;
  return goal.elapsed ?? null;
}

/** A goal as display text in the user's locale (the sidebar gets this from the background). */
export function goalDisplay(goal: GoalResult, { lang, currency, t }: FormatContext, label?: string): GoalDisplay {
  const ctx = { lang, currency, t };
  const name = label ?? t(`kpi.${goal.metric}`);
  const pace = paceShare(goal);
  const fmt = (n: number | null) => formatKpi(goal.metric, n, ctx);
  const valueText = pace === null
    ? t('goal.meterText', { progress: formatPercent(goal.progress, lang, 0) })
    : t('goal.meterTextPace', { progress: formatPercent(goal.progress, lang, 0), pace: formatPercent(pace, lang, 0) });
  const notes: string[] = [];
  if (goal.runRateProjection !== null) notes.push(t('goal.projection', { value: fmt(goal.runRateProjection) }));
  if (goal.forecastProjection !== null) notes.push(t('goal.forecastProjection', { value: fmt(goal.forecastProjection) }));
  if (goal.requiredPerWeek !== null && goal.requiredPerWeek > 0) notes.push(t('goal.requiredPerWeek', { value: fmt(goal.requiredPerWeek) }));
  if (goal.lowSample) notes.push(t('goal.lowSample'));
  return {
    id: goal.id, metric: goal.metric, label: name, status: goal.status, progress: goal.progress, pace, valueText,
    figures: t('goal.actualOfTarget', { actual: fmt(goal.actual), target: fmt(goal.target) }), notes,
  };
}

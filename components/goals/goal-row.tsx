import type { GoalResult } from '../../lib/domain/report';
import { formatPercent } from '../../lib/i18n/format';
import { formatKpi, type FormatContext } from '../kpi/kpi-meta';
import type { GoalDisplay } from '../../lib/domain/views';
import { GoalRowView } from './goal-row-view';

// Mirrors LEVEL_METRICS of lib/domain/goal.ts without importing it: that module pulls zod,
// which must stay out of the content script bundle.
const LEVEL_METRICS: ReadonlySet<string> = new Set(['winRate', 'avgDealSize', 'csat']);

export interface GoalRowProps extends FormatContext {
  goal: GoalResult;
  /** The metric's label ("Revenue won"); defaults to the i18n key `kpi.<metric>`. */
  label?: string;
  /** A tab stop of its own (GoalList in the sidebar). */
  focusable?: boolean;
}

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

/** A goal: label, status (colour + text), progress bar with pace marker, projection, required per week. */
export function GoalRow({ goal, label, focusable = false, ...ctx }: GoalRowProps) {
  return <GoalRowView goal={goalDisplay(goal, ctx, label)} focusable={focusable} t={ctx.t} />;
}

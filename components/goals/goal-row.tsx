import type { GoalResult } from '../../lib/domain/report';
import { formatPercent } from '../../lib/i18n/format';
import { formatKpi, type FormatContext } from '../kpi/kpi-meta';
import { Meter } from '../ui/meter';
import { STATUS_TONE, StatusBadge } from '../ui/status-badge';
import './goal-row.css';

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

/** A goal: label, status (colour + text), progress bar with pace marker, projection, required per week. */
export function GoalRow({ goal, label, focusable = false, lang, currency, t }: GoalRowProps) {
  const ctx = { lang, currency, t };
  const name = label ?? t(`kpi.${goal.metric}`);
  const pace = paceShare(goal);
  const fmt = (n: number | null) => formatKpi(goal.metric, n, ctx);
  const valueText = pace === null
    ? t('goal.meterText', { progress: formatPercent(goal.progress, lang, 0) })
    : t('goal.meterTextPace', { progress: formatPercent(goal.progress, lang, 0), pace: formatPercent(pace, lang, 0) });
  const tone = goal.status ? STATUS_TONE[goal.status] : 'neutral';
  return (
    <li class="pacer-goal" data-goal={goal.id} data-metric={goal.metric} tabIndex={focusable ? 0 : undefined}>
      <div class="pacer-goal__head">
        <span class="pacer-goal__label">{name}</span>
        <StatusBadge status={goal.status} t={t} />
      </div>
      <div class="pacer-goal__figures">
        {t('goal.actualOfTarget', { actual: fmt(goal.actual), target: fmt(goal.target) })}
      </div>
      <Meter value={goal.progress} pace={pace} label={name} valueText={valueText} tone={tone} />
      <ul class="pacer-goal__notes">
        {goal.runRateProjection !== null && (
          <li>{t('goal.projection', { value: fmt(goal.runRateProjection) })}</li>
        )}
        {goal.forecastProjection !== null && (
          <li>{t('goal.forecastProjection', { value: fmt(goal.forecastProjection) })}</li>
        )}
        {goal.requiredPerWeek !== null && goal.requiredPerWeek > 0 && (
          <li>{t('goal.requiredPerWeek', { value: fmt(goal.requiredPerWeek) })}</li>
        )}
        {goal.lowSample && <li>{t('goal.lowSample')}</li>}
      </ul>
    </li>
  );
}

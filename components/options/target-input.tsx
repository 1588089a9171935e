import { ACCUMULATING_METRICS, LEVEL_METRICS, type GoalMetric } from '../../lib/domain/goal';
import type { Translate } from '../../lib/i18n/index';
import type { TargetDraft } from './goal-draft';

export const GOAL_METRICS: readonly GoalMetric[] = [...ACCUMULATING_METRICS, ...LEVEL_METRICS];

/** The metric picker (labels shared with the KPI cards). */
export function MetricSelect({ id, value, onChange, t, label, testId }: {
  id: string; value: GoalMetric; onChange: (m: GoalMetric) => void; t: Translate; label: string; testId?: string;
}) {
  return (
    <label class="pacer-opt-field" for={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as GoalMetric)} data-testid={testId}>
        {GOAL_METRICS.map((m) => <option key={m} value={m}>{t(`kpi.${m}`)}</option>)}
      </select>
    </label>
  );
}

/** How the absolute value is read for a metric (money in the base currency, win rate as a fraction…). */
export function unitHint(metric: GoalMetric, kind: TargetDraft['kind'], currency: string, t: Translate): string {
  if (kind === 'relative') return t('options.goal.unit.relative');
  if (metric === 'revenueWon' || metric === 'avgDealSize') return t('options.goal.unit.money', { currency });
  if (metric === 'winRate') return t('options.goal.unit.winRate');
  if (metric === 'csat') return t('options.goal.unit.csat');
  return t('options.goal.unit.count');
}

export interface TargetInputProps {
  id: string;
  metric: GoalMetric;
  value: TargetDraft;
  onChange: (t: TargetDraft) => void;
  currency: string;
  t: Translate;
  error?: string | null;
  testId?: string;
}

/** Absolute or relative (% vs the previous period) target: a radio pair and the number. */
export function TargetInput({ id, metric, value, onChange, currency, t, error, testId }: TargetInputProps) {
  const hintId = `${id}-hint`;
  const errId = `${id}-err`;
  return (
    <fieldset class="pacer-opt-fieldset">
      <legend>{t('options.goal.target')}</legend>
      <div class="pacer-opt-row">
        {(['absolute', 'relative'] as const).map((k) => (
          <label key={k} class="pacer-opt-radio">
            <input type="radio" name={`${id}-kind`} value={k} checked={value.kind === k} onChange={() => onChange({ ...value, kind: k })}
              data-testid={testId ? `${testId}-${k}` : undefined} />
            {t(`options.goal.kind.${k}`)}
          </label>
        ))}
        <label class="pacer-opt-field" for={id}>
          <span>{value.kind === 'relative' ? t('options.goal.percent') : t('options.goal.value')}</span>
          <input id={id} type="text" inputMode="decimal" value={value.value} size={14}
            onInput={(e) => onChange({ ...value, value: (e.currentTarget as HTMLInputElement).value })}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${hintId} ${errId}` : hintId} data-testid={testId} />
        </label>
      </div>
      <p id={hintId} class="pacer-opt-hint">{unitHint(metric, value.kind, currency, t)}</p>
      {error && <p id={errId} class="pacer-opt-field-error" data-testid={testId ? `${testId}-error` : undefined}>{t(error)}</p>}
    </fieldset>
  );
}

import type { Translate } from '../../lib/i18n/index';
import type { DriverDraft } from './goal-draft';
import { MetricSelect, TargetInput } from './target-input';

export interface DriverRowsProps {
  drivers: readonly DriverDraft[];
  onChange: (d: DriverDraft[]) => void;
  /** Driver key → i18n key of its problem. */
  errors: Record<string, string>;
  newKey: () => string;
  currency: string;
  t: Translate;
}

/** The driver goals of a new goal: the levers (new customers, deal size…) created with it, same scope and period. */
export function DriverRows({ drivers, onChange, errors, newKey, currency, t }: DriverRowsProps) {
  const set = (key: string, patch: Partial<DriverDraft>) => onChange(drivers.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  return (
    <fieldset class="pacer-opt-fieldset" data-testid="pacer-goal-drivers">
      <legend>{t('options.goal.drivers')}</legend>
      <p class="pacer-opt-hint">{t('options.goal.driversHint')}</p>
      <ol class="pacer-opt-drivers">
        {drivers.map((d, i) => (
          <li key={d.key} data-testid="pacer-goal-driver" data-metric={d.metric}>
            <MetricSelect id={`pacer-driver-${d.key}-metric`} label={t('options.goal.driverMetric', { n: i + 1 })} value={d.metric} onChange={(m) => set(d.key, { metric: m })} t={t} />
            <TargetInput id={`pacer-driver-${d.key}-target`} metric={d.metric} value={d.target} onChange={(v) => set(d.key, { target: v })} currency={currency} t={t} error={errors[d.key] ?? null} />
            <button type="button" class="pacer-btn" onClick={() => onChange(drivers.filter((x) => x.key !== d.key))}
              aria-label={t('options.goal.removeDriver', { n: i + 1 })}>{t('common.delete')}</button>
          </li>
        ))}
      </ol>
      <button type="button" class="pacer-btn" onClick={() => onChange([...drivers, { key: newKey(), metric: 'newCustomers', target: { kind: 'absolute', value: '' } }])}
        data-testid="pacer-goal-add-driver">{t('options.goal.addDriver')}</button>
    </fieldset>
  );
}

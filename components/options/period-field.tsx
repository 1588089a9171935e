import type { Translate } from '../../lib/i18n/index';
import { currentPeriod, nextPeriod, previousPeriod, resolvePeriod, type FiscalSettings, type PeriodRange } from '../../lib/periods/index';

type Kind = 'month' | 'quarter' | 'year' | 'custom';

export interface PeriodFieldProps {
  id: string;
  value: string;
  onChange: (label: string) => void;
  settings: FiscalSettings;
  today: string;
  t: Translate;
  error?: string | null;
}

function kindOf(label: string, s: FiscalSettings): Kind {
  try {
    return resolvePeriod(label, s).kind;
  } catch {
    return 'custom';
  }
}

/** Last, this and the next two periods of a kind (goals are mostly set ahead). */
export function periodChoices(kind: Exclude<Kind, 'custom'>, today: string, s: FiscalSettings): PeriodRange[] {
  const cur = currentPeriod(kind, today, s);
  const next = nextPeriod(cur, s);
  return [previousPeriod(cur, s), cur, next, nextPeriod(next, s)];
}

/**
 * The goal's period: a kind (month, quarter, fiscal year, custom) then a label of that kind, or
 * two dates for a custom range. A label that arrived from elsewhere (the popup) stays selectable.
 */
export function PeriodField({ id, value, onChange, settings, today, t, error }: PeriodFieldProps) {
  const kind = kindOf(value, settings);
  const [start = '', end = ''] = kind === 'custom' ? value.split('..') : [];
  const setKind = (k: Kind) => {
    if (k === kind) return;
    if (k === 'custom') {
      let r: PeriodRange | null = null;
      try { r = resolvePeriod(value, settings); } catch { r = null; }
      onChange(r ? `${r.start}..${r.end}` : `${today}..${today}`);
    } else onChange(periodChoices(k, today, settings)[2]!.label);
  };
  const choices = kind === 'custom' ? [] : periodChoices(kind, today, settings);
  if (kind !== 'custom' && !choices.some((c) => c.label === value)) {
    try { choices.push(resolvePeriod(value, settings)); } catch { /* shown as an error below */ }
  }
  const errId = `${id}-err`;
  return (
    <fieldset class="pacer-opt-fieldset">
      <legend>{t('options.goal.period')}</legend>
      <div class="pacer-opt-row">
        <label class="pacer-opt-field">
          <span>{t('options.goal.periodKind')}</span>
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as Kind)} data-testid="pacer-goal-period-kind">
            {(['month', 'quarter', 'year', 'custom'] as const).map((k) => <option key={k} value={k}>{t(`options.periodKind.${k}`)}</option>)}
          </select>
        </label>
        {kind === 'custom' ? (
          <>
            <label class="pacer-opt-field">
              <span>{t('options.goal.periodStart')}</span>
              <input type="date" value={start} onInput={(e) => onChange(`${(e.currentTarget as HTMLInputElement).value}..${end}`)}
                aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errId : undefined} />
            </label>
            <label class="pacer-opt-field">
              <span>{t('options.goal.periodEnd')}</span>
              <input type="date" value={end} onInput={(e) => onChange(`${start}..${(e.currentTarget as HTMLInputElement).value}`)}
                aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errId : undefined} />
            </label>
          </>
        ) : (
          <label class="pacer-opt-field">
            <span>{t('options.goal.periodLabel')}</span>
            <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)} data-testid="pacer-goal-period"
              aria-invalid={error ? 'true' : undefined} aria-describedby={error ? errId : undefined}>
              {choices.map((c) => <option key={c.label} value={c.label}>{t('options.goal.periodOption', { label: c.label, start: c.start, end: c.end })}</option>)}
            </select>
          </label>
        )}
      </div>
      {error && <p id={errId} class="pacer-opt-field-error">{t(error)}</p>}
    </fieldset>
  );
}

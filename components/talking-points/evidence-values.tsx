import type { Language } from '../../lib/domain/settings';
import { formatMoney, formatNumber, formatPercent, type Translate } from '../../lib/i18n';

type Value = string | number | null;

const MONEY = /revenue|amount|dealsize|pipeline|forecast/i;
const PERCENT = /rate|progress|ratio|change|share|percent/i;
/** Keys whose unit is the goal metric's (a winRate goal's target is a fraction, a revenue goal's money). */
const METRIC_VALUED = new Set(['target', 'actual', 'expected', 'requiredPerWeek', 'runRateProjection', 'forecastProjection', 'suggestedTarget']);

function unitOf(key: string, metric: string | null): 'money' | 'percent' | 'number' {
  const basis = METRIC_VALUED.has(key) && metric ? metric : key;
  if (PERCENT.test(basis)) return 'percent';
  if (MONEY.test(basis)) return 'money';
  return 'number';
}

/** Formats one evidence value by what its key names; strings stay text. */
export function formatEvidenceValue(key: string, value: Value, metric: string | null, currency: string, lang: Language): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const unit = unitOf(key, metric);
  if (unit === 'money') return formatMoney(value, currency, lang);
  if (unit === 'percent') return formatPercent(value, lang);
  return formatNumber(value, lang);
}

/** The label of an evidence key; unknown keys are shown split into words rather than as raw camelCase. */
export function evidenceLabel(key: string, t: Translate): string {
  const k = `tp.value.${key}`;
  const label = t(k);
  return label === k ? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()) : label;
}

export interface EvidenceValuesProps {
  values: Readonly<Record<string, Value>>;
  t: Translate;
  lang: Language;
  currency: string;
}

/** The numbers behind a talking point, as a definition list. `metric` itself is context, not shown. */
export function EvidenceValues({ values, t, lang, currency }: EvidenceValuesProps) {
  const metric = typeof values.metric === 'string' ? values.metric : null;
  const keys = Object.keys(values).filter((k) => k !== 'metric');
  if (keys.length === 0) return null;
  return (
    <dl class="pacer-evidence">
      {keys.map((k) => (
        <div key={k}>
          <dt>{evidenceLabel(k, t)}</dt>
          <dd>{formatEvidenceValue(k, values[k] ?? null, metric, currency, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

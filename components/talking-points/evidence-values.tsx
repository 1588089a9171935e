import type { Language } from '../../lib/domain/settings';
// Formatters from ./format, not the index: the index merges every area's messages (content-script budget).
import { formatMoney, formatNumber, formatPercent } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';

type Value = string | number | null;

const MONEY = /revenue|amount|dealsize|pipeline|forecast|largest/i;
const PERCENT = /rate|progress|ratio|change|share|percent|improvement|median/i;
/** Keys whose unit is the goal metric's (a winRate goal's target is a fraction, a revenue goal's money). */
const METRIC_VALUED = new Set(['target', 'actual', 'expected', 'requiredPerWeek', 'runRateProjection', 'forecastProjection', 'suggestedTarget']);

function unitOf(key: string, metric: string | null): 'money' | 'percent' | 'number' {
  const basis = METRIC_VALUED.has(key) && metric ? metric : key;
  if (PERCENT.test(basis)) return 'percent';
  if (MONEY.test(basis)) return 'money';
  return 'number';
}

/** The metric that target/actual/expected are measured in, from the values or the message params. */
export function metricOf(values: Readonly<Record<string, Value>>, params: Readonly<Record<string, Value>> = {}): string | null {
  const m = values.metric ?? params.metric;
  return typeof m === 'string' ? m : null;
}
const suggested = (values: Readonly<Record<string, Value>>): string | null =>
  typeof values.suggestedMetric === 'string' ? values.suggestedMetric : null;

/** Formats one evidence value by what its key names; strings stay text. */
export function formatEvidenceValue(key: string, value: Value, metric: string | null, currency: string, lang: Language): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (key === 'suggestedTarget' && metric === null) return formatNumber(value, lang);
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

/** Status and metric names are shown in words; other strings (period labels) as they are. */
function wordOf(key: string, value: string, t: Translate): string {
  const k = key === 'status' ? `goal.status.${value}` : key === 'suggestedMetric' || key === 'metric' ? `kpi.${value}` : null;
  if (!k) return value;
  const w = t(k);
  return w === k ? value : w;
}

/** One evidence value as shown (and copied): words for names, units for numbers. */
export function evidenceDisplay(
  key: string, values: Readonly<Record<string, Value>>, params: Readonly<Record<string, Value>>,
  t: Translate, lang: Language, currency: string,
): string {
  const v = values[key] ?? null;
  if (typeof v === 'string') return wordOf(key, v, t);
  return formatEvidenceValue(key, v, key === 'suggestedTarget' ? suggested(values) : metricOf(values, params), currency, lang);
}

/** Keys shown for a point: `metric` is context for the others, not a figure. */
export const evidenceKeys = (values: Readonly<Record<string, Value>>): string[] => Object.keys(values).filter((k) => k !== 'metric');

export interface EvidenceValuesProps {
  values: Readonly<Record<string, Value>>;
  /** The point's raw message params: `metric` there says what unit target/actual are in. */
  params?: Readonly<Record<string, Value>>;
  t: Translate;
  lang: Language;
  currency: string;
}

/** The numbers behind a talking point, as a definition list. `metric` itself is context, not shown. */
export function EvidenceValues({ values, params = {}, t, lang, currency }: EvidenceValuesProps) {
  const keys = evidenceKeys(values);
  if (keys.length === 0) return null;
  return (
    <dl class="pacer-evidence">
      {keys.map((k) => (
        <div key={k}>
          <dt>{evidenceLabel(k, t)}</dt>
          <dd>{evidenceDisplay(k, values, params, t, lang, currency)}</dd>
        </div>
      ))}
    </dl>
  );
}

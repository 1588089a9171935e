import type { KpiKey } from '../domain/kpi';
import type { KpiDisplay } from '../domain/views';
import { deltaDisplay } from './delta';
import { KPI_META, formatKpi, type FormatContext } from './kpi-format';

export interface KpiDisplayInput extends FormatContext {
  kpi: KpiKey;
  label: string;
  value: number | null;
  /** The previous period's value; undefined = don't show a change (e.g. "as of today" figures). */
  previous?: number | null;
  /** "from 42 deals; 3 without amount; …", shown on hover and focus. */
  basis: string;
}

/** A KPI as display text: value and change formatted in the user's locale (the sidebar gets this from the background). */
export function kpiDisplay({ kpi, label, value, previous, basis, lang, currency, t }: KpiDisplayInput): KpiDisplay {
  const meta = KPI_META[kpi];
  const ctx = { lang, currency, t };
  const fmt = (n: number | null) => formatKpi(kpi, n, ctx);
  const out: KpiDisplay = { kpi, label, value: fmt(value), basis };
  if (previous !== undefined) out.delta = deltaDisplay(value, previous, meta.unit === 'percent' ? 'points' : 'relative', meta.higherIsBetter, fmt, t, lang);
  return out;
}

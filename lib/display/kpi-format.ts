import type { KpiKey } from '../domain/kpi';
import type { Language } from '../domain/settings';
import { formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Translate } from '../i18n/index';

/** How each KPI is shown: its unit, how change is measured, and which way is good. */
export type KpiUnit = 'money' | 'count' | 'percent' | 'days' | 'score';
export interface KpiMeta {
  unit: KpiUnit;
  higherIsBetter: boolean;
  /** Which basis gaps make this figure less certain (kpi-definitions.md "basis"). */
  gaps: readonly ('missingAmount' | 'missingRate' | 'missingCloseDate' | 'missingProbability')[];
}

const money = ['missingAmount', 'missingRate'] as const;
export const KPI_META: Record<KpiKey, KpiMeta> = {
  revenueWon: { unit: 'money', higherIsBetter: true, gaps: [...money, 'missingCloseDate'] },
  dealsWon: { unit: 'count', higherIsBetter: true, gaps: ['missingCloseDate'] },
  dealsLost: { unit: 'count', higherIsBetter: false, gaps: ['missingCloseDate'] },
  winRate: { unit: 'percent', higherIsBetter: true, gaps: ['missingCloseDate'] },
  avgDealSize: { unit: 'money', higherIsBetter: true, gaps: money },
  newCustomers: { unit: 'count', higherIsBetter: true, gaps: ['missingCloseDate'] },
  repeatCustomers: { unit: 'count', higherIsBetter: true, gaps: ['missingCloseDate'] },
  salesCycleDays: { unit: 'days', higherIsBetter: false, gaps: ['missingCloseDate'] },
  openPipeline: { unit: 'money', higherIsBetter: true, gaps: money },
  weightedPipeline: { unit: 'money', higherIsBetter: true, gaps: [...money, 'missingProbability'] },
  forecast: { unit: 'money', higherIsBetter: true, gaps: [...money, 'missingProbability'] },
  slippedDeals: { unit: 'count', higherIsBetter: false, gaps: ['missingCloseDate'] },
  stalledDeals: { unit: 'count', higherIsBetter: false, gaps: [] },
  csat: { unit: 'score', higherIsBetter: true, gaps: [] },
};

export interface FormatContext {
  lang: Language;
  currency: string;
  t: Translate;
}

/** Formats a value of the given unit in the user's locale (money in the base currency). */
export function formatUnit(unit: KpiUnit, value: number | null, { lang, currency, t }: FormatContext, compact = false): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'money':
      return formatMoney(value, currency, lang, compact);
    case 'percent':
      return formatPercent(value, lang);
    case 'days':
      return t('unit.days', { count: Math.round(value), value: formatNumber(value, lang, 0) });
    case 'score':
      return formatNumber(value, lang, 2);
    case 'count':
      return formatNumber(value, lang, 0);
  }
}

export const formatKpi = (key: KpiKey, value: number | null, ctx: FormatContext, compact = false): string =>
  formatUnit(KPI_META[key].unit, value, ctx, compact);

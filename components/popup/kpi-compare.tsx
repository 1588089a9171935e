import type { KpiKey, KpiValues } from '../../lib/domain/kpi';
import type { Snapshot } from '../../lib/domain/snapshot';
import { Sparkline } from '../charts/sparkline';
import { KPI_META, formatKpi, type FormatContext } from '../../lib/display/kpi-format';
import { Delta } from '../ui/delta';

/** Figures compared over periods; "as of today" counts (slipped, stalled) have no past value. */
const ROWS: KpiKey[] = [
  'revenueWon', 'dealsWon', 'winRate', 'avgDealSize', 'newCustomers', 'repeatCustomers',
  'salesCycleDays', 'openPipeline', 'weightedPipeline', 'forecast', 'csat',
];

export interface KpiCompareProps extends FormatContext {
  kpis: KpiValues;
  previous: KpiValues;
  lastYear: KpiValues;
  /** Snapshots of this scope and period kind, oldest first. */
  trend: readonly Snapshot[];
  labels: { previous: string; lastYear: string };
}

/** The rep's KPIs with the change vs the previous period and vs the same period last year, and a trend. */
export function KpiCompare({ kpis, previous, lastYear, trend, labels, ...ctx }: KpiCompareProps) {
  const { t } = ctx;
  return (
    <table class="pacer-kpi-compare">
      <caption class="pacer-visually-hidden">{t('popup.rep.kpiCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup.rep.col.kpi')}</th>
          <th scope="col" class="pacer-num">{t('popup.rep.col.value')}</th>
          <th scope="col" class="pacer-num">{labels.previous}</th>
          <th scope="col" class="pacer-num">{labels.lastYear}</th>
          <th scope="col">{t('popup.rep.col.trend')}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((k) => {
          const meta = KPI_META[k];
          const fmt = (n: number | null) => formatKpi(k, n, ctx);
          const mode = meta.unit === 'percent' ? 'points' : 'relative';
          const series = trend.map((s) => s.kpis[k]);
          const known = series.filter((v): v is number => v !== null);
          return (
            <tr key={k} data-kpi={k}>
              <th scope="row">{t(`kpi.${k}`)}</th>
              <td class="pacer-num" data-testid={`pacer-rep-${k}`}>{fmt(kpis[k])}</td>
              <td class="pacer-num">
                <Delta current={kpis[k]} previous={previous[k]} mode={mode} higherIsBetter={meta.higherIsBetter} format={fmt} t={t} lang={ctx.lang} />
              </td>
              <td class="pacer-num">
                <Delta current={kpis[k]} previous={lastYear[k]} mode={mode} higherIsBetter={meta.higherIsBetter} format={fmt} t={t} lang={ctx.lang} />
              </td>
              <td>
                {known.length >= 2
                  ? <Sparkline values={series} label={t('popup.rep.trendLabel', { kpi: t(`kpi.${k}`), count: known.length, first: fmt(known[0] ?? null), last: fmt(known[known.length - 1] ?? null) })} />
                  : <span class="pacer-muted">—</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

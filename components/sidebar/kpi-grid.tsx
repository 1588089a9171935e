import type { KpiKey } from '../../lib/domain/kpi';
import type { Language } from '../../lib/domain/settings';
import type { ScopeReport } from '../../lib/domain/report';
import type { Translate } from '../../lib/i18n/index';
import { basisText } from '../kpi/basis-text';
import { KpiCard } from '../kpi/kpi-card';

/** The sidebar's figures, in reading order; CSAT only when known. */
export const SIDEBAR_KPIS: readonly KpiKey[] = [
  'revenueWon', 'newCustomers', 'winRate', 'avgDealSize', 'salesCycleDays', 'openPipeline', 'weightedPipeline', 'forecast', 'csat',
];

export interface KpiGridProps {
  report: ScopeReport;
  today: string;
  currency: string;
  t: Translate;
  lang: Language;
}

export function KpiGrid({ report, today, currency, t, lang }: KpiGridProps) {
  const keys = SIDEBAR_KPIS.filter((k) => k !== 'csat' || report.kpis.csat !== null);
  return (
    <div class="pacer-sb__kpis">
      {keys.map((k) => (
        <KpiCard
          key={k}
          kpi={k}
          label={t(`kpi.${k}`)}
          value={report.kpis[k]}
          previous={report.previous[k]}
          basis={basisText(k, report.basis, today, t)}
          currency={currency}
          t={t}
          lang={lang}
        />
      ))}
    </div>
  );
}

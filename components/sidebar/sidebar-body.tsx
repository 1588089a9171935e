import type { Language } from '../../lib/domain/settings';
import type { SidebarView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { GoalList } from '../goals/goal-list';
import { TalkingPointCard } from '../talking-points/talking-point-card';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { KpiGrid } from './kpi-grid';
import { RecordContextCard } from './record-context';

export interface SidebarBodyProps {
  view: SidebarView | null;
  loading: boolean;
  error: string | null;
  t: Translate;
  lang: Language;
  onRetry: () => void;
}

/** The figures: record in context, KPIs, goals and the top three talking points. */
export function SidebarBody({ view, loading, error, t, lang, onRetry }: SidebarBodyProps) {
  if (error) {
    return (
      <div class="pacer-sb__section" role="alert">
        <p>{t('sidebar.error', { message: error })}</p>
        <Button onClick={onRetry}>{t('sidebar.retry')}</Button>
      </div>
    );
  }
  if (!view) return <p class="pacer-sb__section" aria-busy="true">{loading ? t('sidebar.loading') : ''}</p>;
  if (view.totalDeals === 0) {
    return <div class="pacer-sb__section"><EmptyState title={t('sidebar.empty')}>{t('sidebar.emptyHint')}</EmptyState></div>;
  }
  const { report, currency, today } = view;
  const points = [...report.talkingPoints].sort((a, b) => a.priority - b.priority).slice(0, 3);
  return (
    <div class="pacer-sb__body" aria-busy={loading ? 'true' : 'false'}>
      {view.record && <RecordContextCard record={view.record} currency={currency} t={t} lang={lang} />}
      <section class="pacer-sb__section" aria-labelledby="pacer-sb-kpis-h">
        <h3 id="pacer-sb-kpis-h" class="pacer-sb__h">{t('sidebar.kpis')}</h3>
        <p class="pacer-sb__hint">{t('sidebar.kpis.vs', { previous: view.previousPeriod.label })}</p>
        <KpiGrid report={report} today={today} currency={currency} t={t} lang={lang} />
      </section>
      <section class="pacer-sb__section" aria-labelledby="pacer-sb-goals-h">
        <h3 id="pacer-sb-goals-h" class="pacer-sb__h">{t('sidebar.goals')}</h3>
        {report.goals.length === 0 ? (
          <EmptyState title={t('sidebar.goals.empty')}>{t('sidebar.goals.emptyHint')}</EmptyState>
        ) : (
          <GoalList goals={report.goals} label={t('sidebar.goals')} currency={currency} t={t} lang={lang} focusable />
        )}
      </section>
      <section class="pacer-sb__section" aria-labelledby="pacer-sb-tp-h">
        <h3 id="pacer-sb-tp-h" class="pacer-sb__h">{t('sidebar.talkingPoints')}</h3>
        {points.length === 0 ? (
          <p class="pacer-sb__hint">{t('sidebar.talkingPoints.empty')}</p>
        ) : (
          <ol class="pacer-sb__tps">
            {/* Tab stops like the KPI cards and goals, so the keyboard reaches points without deal links too. */}
            {points.map((p) => <li key={p.id} tabIndex={0} data-testid="pacer-sb-tp"><TalkingPointCard point={p} t={t} lang={lang} currency={currency} /></li>)}
          </ol>
        )}
      </section>
      <p class="pacer-sb__hint">{t('sidebar.totalDeals', { count: view.totalDeals })}</p>
    </div>
  );
}

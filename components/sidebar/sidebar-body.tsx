import type { SidebarView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n/index';
import { GoalRowView } from '../goals/goal-row-view';
import { KpiCardView } from '../kpi/kpi-card-view';
import { TalkingPointView } from '../talking-points/talking-point-view';
import { Button } from '../ui/button';
import { Deferred } from '../ui/deferred';
import { EmptyState } from '../ui/empty-state';
import { recordSlot } from './record-slot';

export interface SidebarBodyProps {
  view: SidebarView | null;
  loading: boolean;
  error: string | null;
  t: Translate;
  onRetry: () => void;
}

/**
 * The figures: record in context, KPIs, goals and the top three talking points, all as the
 * background formatted them (`view.display`): the content script carries no formatting code.
 */
export function SidebarBody({ view, loading, error, t, onRetry }: SidebarBodyProps) {
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
  const { display } = view;
  const Card = recordSlot.Card;
  return (
    <div class="pacer-sb__body" aria-busy={loading ? 'true' : 'false'}>
      {display.record && Card && <Card record={display.record} t={t} />}
      <section class="pacer-sb__section" aria-labelledby="pacer-sb-kpis-h">
        <h3 id="pacer-sb-kpis-h" class="pacer-sb__h">{t('sidebar.kpis')}</h3>
        <p class="pacer-sb__hint">{t('sidebar.kpis.vs', { previous: view.previousPeriod.label })}</p>
        <div class="pacer-sb__kpis">
          {display.kpis.map((k) => <KpiCardView key={k.kpi} {...k} />)}
        </div>
      </section>
      {/* Goals and talking points one task after the KPIs: the first report is then two shorter tasks in the CRM's page. */}
      <Deferred>
        <section class="pacer-sb__section" aria-labelledby="pacer-sb-goals-h">
          <h3 id="pacer-sb-goals-h" class="pacer-sb__h">{t('sidebar.goals')}</h3>
          {display.goals.length === 0 ? (
            <EmptyState title={t('sidebar.goals.empty')}>{t('sidebar.goals.emptyHint')}</EmptyState>
          ) : (
            // Each goal a tab stop: a keyboard user Tabs from the KPI cards through the goals to the talking points.
            <ul class="pacer-goals" aria-label={t('sidebar.goals')} style={{ margin: 0, padding: 0 }}>
              {display.goals.map((g) => <GoalRowView key={g.id} goal={g} focusable t={t} />)}
            </ul>
          )}
        </section>
        <section class="pacer-sb__section" aria-labelledby="pacer-sb-tp-h">
          <h3 id="pacer-sb-tp-h" class="pacer-sb__h">{t('sidebar.talkingPoints')}</h3>
          {display.points.length === 0 ? (
            <p class="pacer-sb__hint">{t('sidebar.talkingPoints.empty')}</p>
          ) : (
            <ol class="pacer-sb__tps">
              {/* Tab stops like the KPI cards and goals, so the keyboard reaches points without deal links too. */}
              {display.points.map((p) => <li key={p.id} tabIndex={0} data-testid="pacer-sb-tp"><TalkingPointView point={p} t={t} /></li>)}
            </ol>
          )}
        </section>
      </Deferred>
      <p class="pacer-sb__hint">{t('sidebar.totalDeals', { count: view.totalDeals })}</p>
    </div>
  );
}

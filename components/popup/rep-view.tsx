import type { Language } from '../../lib/domain/settings';
import type { AgendaItem, RepView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n';
import { GoalList } from '../goals/goal-list';
import { EmptyState } from '../ui/empty-state';
import { AgendaPanel } from './agenda-panel';
import { CsatForm } from './csat-form';
import { DealWarnings } from './deal-warnings';
import { KpiCompare } from './kpi-compare';

export interface RepViewProps {
  view: RepView;
  t: Translate;
  lang: Language;
  /** The rep's CSAT entry for the period, when known. */
  onSaveAgenda: (items: AgendaItem[], notes: string) => Promise<void>;
  onSaveCsat: (value: number) => Promise<void>;
  onCopy: (text: string) => Promise<boolean>;
  onPrint: () => void;
  onCreateGoal: () => void;
}

/** One rep's one-on-one prep: figures vs previous period and last year, goals, deal warnings, agenda, CSAT. */
export function RepDetail({ view, t, lang, onSaveAgenda, onSaveCsat, onCopy, onPrint, onCreateGoal }: RepViewProps) {
  const owner = view.report.owner ?? '';
  const ctx = { t, lang, currency: view.currency };
  return (
    <section class="pacer-rep" aria-labelledby="pacer-rep-heading" data-owner={owner}>
      <h2 id="pacer-rep-heading">{t('popup.rep.heading', { owner, period: view.period.label })}</h2>
      <section aria-labelledby="pacer-rep-kpis">
        <h3 id="pacer-rep-kpis">{t('popup.rep.kpis')}</h3>
        <KpiCompare
          kpis={view.report.kpis}
          previous={view.report.previous}
          lastYear={view.lastYear}
          trend={view.trend}
          labels={{ previous: t('popup.rep.vsPrevious', { period: view.previousPeriod.label }), lastYear: t('popup.rep.vsLastYear', { period: view.lastYearPeriod.label }) }}
          {...ctx}
        />
      </section>
      <section aria-labelledby="pacer-rep-goals">
        <h3 id="pacer-rep-goals">{t('popup.rep.goals')}</h3>
        {view.report.goals.length > 0
          ? <GoalList goals={view.report.goals} label={t('popup.rep.goals')} {...ctx} />
          : (
            <EmptyState
              title={t('popup.empty.noGoalsTitle')}
              action={<button type="button" class="pacer-btn" data-testid="pacer-create-goal" onClick={onCreateGoal}>{t('popup.empty.createGoal', { owner })}</button>}
            >
              {t('popup.empty.noGoalsBody')}
            </EmptyState>
          )}
      </section>
      <section aria-labelledby="pacer-rep-warnings">
        <h3 id="pacer-rep-warnings">{t('popup.warnings.heading')}</h3>
        <DealWarnings warnings={view.warnings} {...ctx} />
      </section>
      <section aria-labelledby="pacer-rep-agenda" class="pacer-print-area">
        <h3 id="pacer-rep-agenda">{t('popup.agenda.heading')}</h3>
        <AgendaPanel view={view} t={t} lang={lang} onSave={onSaveAgenda} onCopy={onCopy} onPrint={onPrint} />
      </section>
      <section aria-labelledby="pacer-rep-csat" class="pacer-no-print">
        <h3 id="pacer-rep-csat">{t('popup.csat.heading')}</h3>
        <CsatForm owner={owner} period={view.period.label} current={view.report.kpis.csat} scale={view.settings.csatScale} t={t} lang={lang} onSave={onSaveCsat} />
      </section>
    </section>
  );
}

import type { Language } from '../../lib/domain/settings';
import type { TeamView } from '../../lib/domain/views';
import { formatMoney } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';
import { TeamTable } from './team-table';

export interface TeamSectionProps {
  view: TeamView;
  t: Translate;
  lang: Language;
  selected: string | null;
  onSelect: (owner: string) => void;
}

/** Team overview: the period's team revenue, then every rep ranked for healthy competition. */
export function TeamSection({ view, t, lang, selected, onSelect }: TeamSectionProps) {
  return (
    <section class="pacer-team" aria-labelledby="pacer-team-heading">
      <h2 id="pacer-team-heading">{t('popup.team.heading', { period: view.period.label })}</h2>
      <p class="pacer-team-summary">
        {t('popup.team.revenueWon')}{' '}
        <strong data-testid="pacer-team-revenueWon">{formatMoney(view.team.kpis.revenueWon, view.currency, lang)}</strong>
        {' · '}
        {t('popup.team.dealsWon', { count: view.team.kpis.dealsWon })}
      </p>
      {view.rows.length > 0
        ? <TeamTable rows={view.rows} currency={view.currency} t={t} lang={lang} selected={selected} onSelect={onSelect} />
        : <p class="pacer-muted">{t('popup.team.noReps')}</p>}
      <p class="pacer-note">{t('popup.team.rankNote')}</p>
    </section>
  );
}

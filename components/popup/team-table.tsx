import { useState } from 'preact/hooks';
import type { GoalStatus } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { TeamRow } from '../../lib/domain/views';
import { formatChange, formatMoney, formatPercent } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';
import { StatusBadge } from '../ui/status-badge';
import { DEFAULT_TEAM_SORT, nextSort, sortTeamRows, type TeamSort, type TeamSortKey } from './team-sort';

export interface TeamTableProps {
  rows: readonly TeamRow[];
  currency: string;
  t: Translate;
  lang: Language;
  selected: string | null;
  onSelect: (owner: string) => void;
}

const COLUMNS: { key: TeamSortKey; label: string; numeric: boolean }[] = [
  { key: 'rankByGoal', label: 'popup.team.col.rankByGoal', numeric: true },
  { key: 'owner', label: 'popup.team.col.owner', numeric: false },
  { key: 'percentOfGoal', label: 'popup.team.col.percentOfGoal', numeric: true },
  { key: 'goalStatus', label: 'popup.team.col.pace', numeric: false },
  { key: 'winRate', label: 'popup.team.col.winRate', numeric: true },
  { key: 'revenueWon', label: 'popup.team.col.revenueWon', numeric: true },
  { key: 'revenueChange', label: 'popup.team.col.change', numeric: true },
  { key: 'rankByImprovement', label: 'popup.team.col.rankByImprovement', numeric: true },
];

/**
 * Every rep of the period. Sorting is by header buttons (keyboard operable); the sorted column
 * carries `aria-sort`. The default order is the rank by % of goal, not raw revenue.
 */
export function TeamTable({ rows, currency, t, lang, selected, onSelect }: TeamTableProps) {
  const [sort, setSort] = useState<TeamSort>(DEFAULT_TEAM_SORT);
  const sorted = sortTeamRows(rows, sort);
  const rank = (n: number | null) => (n === null ? '—' : `#${n}`);
  return (
    <table class="pacer-team-table">
      <caption class="pacer-visually-hidden">{t('popup.team.caption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : undefined} class={c.numeric ? 'pacer-num' : undefined}>
              <button type="button" class="pacer-sort" data-sort={c.key} onClick={() => setSort(nextSort(sort, c.key))}>
                {t(c.label)}
                <span aria-hidden="true" class="pacer-sort-mark">
                  {sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.owner} data-testid="pacer-team-row" data-owner={r.owner} class={r.owner === selected ? 'pacer-selected' : undefined}>
            <td class="pacer-num">{rank(r.rankByGoal)}</td>
            <th scope="row">
              <button type="button" class="pacer-link-button" aria-pressed={r.owner === selected} onClick={() => onSelect(r.owner)}>
                {r.owner}
              </button>
            </th>
            <td class="pacer-num">{formatPercent(r.percentOfGoal, lang, 0)}</td>
            <td>{r.goalStatus ? <StatusBadge status={r.goalStatus as GoalStatus} t={t} /> : <span class="pacer-muted">{t('popup.team.noGoal')}</span>}</td>
            <td class="pacer-num">{formatPercent(r.winRate, lang, 0)}</td>
            <td class="pacer-num">{formatMoney(r.revenueWon, currency, lang)}</td>
            <td class="pacer-num">{formatChange(r.revenueChange, lang)}</td>
            <td class="pacer-num">{rank(r.rankByImprovement)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { TeamRow } from '../../lib/domain/views';

export type TeamSortKey = 'owner' | 'percentOfGoal' | 'goalStatus' | 'winRate' | 'revenueWon' | 'revenueChange' | 'rankByGoal' | 'rankByImprovement';
export type SortDirection = 'ascending' | 'descending';
export interface TeamSort { key: TeamSortKey; dir: SortDirection }

/** Pace from worst to best, so "ascending" lists who needs help first. */
const STATUS_ORDER: Record<string, number> = { behind: 0, 'at-risk': 1, 'on-track': 2, ahead: 3, achieved: 4, 'baseline-unknown': -1 };

function valueOf(r: TeamRow, key: TeamSortKey): number | string | null {
  if (key === 'owner') return r.owner;
  if (key === 'goalStatus') return r.goalStatus === null ? null : (STATUS_ORDER[r.goalStatus] ?? null);
  return r[key];
}

/** What a header click does: the same column flips; a new column starts in its natural direction. */
export function nextSort(current: TeamSort, key: TeamSortKey): TeamSort {
  if (current.key === key) return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
  const ascFirst = key === 'owner' || key === 'rankByGoal' || key === 'rankByImprovement' || key === 'goalStatus';
  return { key, dir: ascFirst ? 'ascending' : 'descending' };
}

/** Sorted copy; unknown values always last whatever the direction, ties by name (code-point order). */
export function sortTeamRows(rows: readonly TeamRow[], sort: TeamSort): TeamRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, sort.key);
    const vb = valueOf(b, sort.key);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      return (typeof va === 'string' && typeof vb === 'string' ? (va < vb ? -1 : 1) : (va as number) - (vb as number)) * sign;
    }
    return a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0;
  });
}

export const DEFAULT_TEAM_SORT: TeamSort = { key: 'rankByGoal', dir: 'ascending' };

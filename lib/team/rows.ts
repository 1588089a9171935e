import type { ScopeReport } from '../domain/report';
import type { TeamRow } from '../domain/views';

/**
 * Competition ranking ("1, 1, 3") of the rows that have a value, highest first; null stays null.
 * Exact ties share a rank so equal effort is never ordered by an accident of sorting.
 */
export function rankBy<T>(items: readonly T[], value: (x: T) => number | null): (number | null)[] {
  const scored = items.map((x, i) => ({ i, v: value(x) })).filter((s): s is { i: number; v: number } => s.v !== null);
  scored.sort((a, b) => b.v - a.v);
  const out: (number | null)[] = items.map(() => null);
  scored.forEach((s, pos) => {
    const prev = scored[pos - 1];
    out[s.i] = prev && prev.v === s.v ? (out[prev.i] as number) : pos + 1;
  });
  return out;
}

/** The rep's main revenue goal for the period: a top-level revenueWon goal first. */
function revenueGoal(r: ScopeReport) {
  const revenue = r.goals.filter((g) => g.metric === 'revenueWon');
  return revenue.find((g) => !g.parentId) ?? revenue[0] ?? null;
}

/**
 * One team-table row per rep scope. Healthy competition: ranks are by % of the rep's own revenue
 * goal and by improvement vs the previous period, never by raw revenue (a big territory is not
 * a better rep). Improvement needs a previous figure above zero, else it is unknown (null).
 */
export function teamRows(reps: readonly ScopeReport[]): TeamRow[] {
  const rows = reps.map((r): TeamRow => {
    const g = revenueGoal(r);
    const prev = r.previous.revenueWon;
    return {
      owner: r.owner ?? '',
      revenueWon: r.kpis.revenueWon,
      previousRevenueWon: prev,
      revenueChange: prev > 0 ? (r.kpis.revenueWon - prev) / prev : null,
      winRate: r.kpis.winRate,
      percentOfGoal: g?.progress ?? null,
      goalStatus: g?.status ?? null,
      rankByGoal: null,
      rankByImprovement: null,
    };
  });
  const byGoal = rankBy(rows, (r) => r.percentOfGoal);
  const byImprovement = rankBy(rows, (r) => r.revenueChange);
  return rows.map((r, i) => ({ ...r, rankByGoal: byGoal[i] ?? null, rankByImprovement: byImprovement[i] ?? null }));
}

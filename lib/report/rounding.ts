import { isLevelMetric, type GoalMetric } from '../domain/goal';
import type { KpiValues } from '../domain/kpi';
import type { GoalResult } from '../domain/report';
import { round2, round2OrNull, round4, round4OrNull } from '../kpi/numbers';

/**
 * Output rounding (interfaces.md §3): money 2 decimals half up; winRate and csat 4; counts as
 * they are; salesCycleDays is already a median of whole days (n or n.5). Engines compute
 * unrounded and round only here, once.
 */
export function roundKpis(v: KpiValues): KpiValues {
  return {
    revenueWon: round2(v.revenueWon),
    dealsWon: v.dealsWon,
    dealsLost: v.dealsLost,
    winRate: round4OrNull(v.winRate),
    avgDealSize: round2OrNull(v.avgDealSize),
    newCustomers: v.newCustomers,
    repeatCustomers: v.repeatCustomers,
    salesCycleDays: v.salesCycleDays,
    openPipeline: round2(v.openPipeline),
    weightedPipeline: round2(v.weightedPipeline),
    forecast: round2(v.forecast),
    slippedDeals: v.slippedDeals,
    stalledDeals: v.stalledDeals,
    csat: round4OrNull(v.csat),
  };
}

/** Money metrics and count metrics to 2 decimals; winRate / csat values to 4; ratios to 4. */
export function roundGoal(r: GoalResult): GoalResult {
  const m: GoalMetric = r.metric;
  const value = m === 'winRate' || m === 'csat' ? round4OrNull : round2OrNull;
  const actual = m === 'dealsWon' || m === 'newCustomers' || m === 'repeatCustomers' ? r.actual : value(r.actual);
  const out: GoalResult = {
    id: r.id,
    metric: m,
    target: value(r.target),
    actual,
    progress: round4OrNull(r.progress),
    expected: round2OrNull(r.expected),
    paceRatio: round4OrNull(r.paceRatio),
    status: r.status,
    runRateProjection: round2OrNull(r.runRateProjection),
    forecastProjection: round2OrNull(r.forecastProjection),
    requiredPerWeek: round2OrNull(r.requiredPerWeek),
  };
  if (isLevelMetric(m)) out.lowSample = r.lowSample ?? false;
  out.parentId = r.parentId ?? null;
  out.elapsed = r.elapsed === undefined || r.elapsed === null ? null : round4(r.elapsed);
  return out;
}

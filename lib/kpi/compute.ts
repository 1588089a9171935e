import type { KpiBasis, KpiValues } from '../domain/kpi';
import type { PeriodRange } from '../domain/report';
import { csatValues, mean } from './csat';
import { buildDealIndex, type DealDays, type DealIndex, type KpiData, type PeriodSlice } from './data-index';
import { periodFigures } from './period-figures';
import type { PreparedDeal } from './prepare';

/** The deals behind a scope's figures, for talking points and goal projections. */
export interface ScopeDetail {
  inPeriod: readonly PreparedDeal[];
  /** Won deals with a convertible amount (avgDealSize's sample). */
  wonWithAmount: number;
  csatCount: number;
  /** Open, not slipped deals closing in P. */
  pipeline: readonly PreparedDeal[];
  /** As of today; empty when not computed. */
  slipped: readonly { deal: PreparedDeal; days: number }[];
  stalled: readonly { deal: PreparedDeal; days: number }[];
}

export interface ScopeFigures {
  /** Unrounded: the report rounds on output. */
  values: KpiValues;
  basis: KpiBasis;
  detail: ScopeDetail;
}

/**
 * One scope's KPIs for one period. Cost: O(deals of the scope in P + open deals of the scope),
 * never a scan of all deals (the index and slice did that once).
 *
 * @param rep null = the team (every deal, ownerless ones included)
 * @param asOfToday false for the previous period: slipped/stalled are then null
 */
export function scopeFigures(index: DealIndex, slice: PeriodSlice, rep: string | null, asOfToday: boolean): ScopeFigures {
  const today = index.today;
  const inPeriod = rep === null ? slice.all : (slice.byOwner.get(rep) ?? []);
  const csat = csatValues(index.csat, slice.range, rep);

  const pick = (m: Map<string | null, DealDays[]>): DealDays[] =>
    !asOfToday ? [] : rep === null ? [...m.values()].flat() : (m.get(rep) ?? []);
  const slipped = pick(index.slippedByOwner);
  const stalled = pick(index.stalledByOwner);
  const missingClose =
    rep === null ? [...index.missingCloseByOwner.values()].reduce((a, b) => a + b, 0) : (index.missingCloseByOwner.get(rep) ?? 0);
  const f = periodFigures(inPeriod, {
    periodStart: slice.range.start,
    today,
    firstWon: index.firstWon,
    credit: slice.credit,
    rep,
    missingCloseDate: missingClose,
    sliceBasis: rep === null ? slice.basis : slice.basisByOwner.get(rep),
  });

  const values: KpiValues = {
    revenueWon: f.revenueWon,
    dealsWon: f.dealsWon,
    dealsLost: f.dealsLost,
    winRate: f.winRate,
    avgDealSize: f.avgDealSize,
    newCustomers: f.newCustomers,
    repeatCustomers: f.repeatCustomers,
    salesCycleDays: f.salesCycleDays,
    openPipeline: f.openPipeline,
    weightedPipeline: f.weightedPipeline,
    forecast: f.revenueWon + f.weightedPipeline,
    slippedDeals: asOfToday ? slipped.length : null,
    stalledDeals: asOfToday ? stalled.length : null,
    csat: mean(csat),
  };
  return {
    values,
    basis: f.basis,
    detail: { inPeriod, wonWithAmount: f.wonWithAmount, csatCount: csat.length, pipeline: f.open, slipped, stalled },
  };
}

/**
 * Convenience for a single scope and period: builds the index itself (O(N)). The report builds
 * the index once and calls scopeFigures per scope instead.
 */
export function computeKpis(
  data: KpiData,
  o: { today: string; period: PeriodRange; owner?: string | null; asOfToday?: boolean },
): ScopeFigures {
  const index = buildDealIndex(data, o.today, [o.period]);
  return scopeFigures(index, index.slices[0]!, o.owner ?? null, o.asOfToday ?? true);
}

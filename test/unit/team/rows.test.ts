import { describe, expect, it } from 'vitest';
import type { GoalResult, ScopeReport } from '../../../lib/domain/report';
import type { KpiValues } from '../../../lib/domain/kpi';
import type { Snapshot } from '../../../lib/domain/snapshot';
import { rankBy, teamRows } from '../../../lib/team/rows';
import { trendSnapshots } from '../../../lib/team/trend';

const kpis = (revenueWon: number, winRate: number | null = null): KpiValues => ({
  revenueWon, dealsWon: 0, dealsLost: 0, winRate, avgDealSize: null, newCustomers: 0, repeatCustomers: 0,
  salesCycleDays: null, openPipeline: 0, weightedPipeline: 0, forecast: 0, slippedDeals: 0, stalledDeals: 0, csat: null,
});
const goal = (progress: number | null, over: Partial<GoalResult> = {}): GoalResult => ({
  id: 'g', metric: 'revenueWon', target: 100, actual: 0, progress, expected: null, paceRatio: null, status: 'on-track',
  runRateProjection: null, forecastProjection: null, requiredPerWeek: null, ...over,
});
const rep = (owner: string, cur: number, prev: number, goals: GoalResult[] = []): ScopeReport => ({
  scope: 'rep', owner, kpis: kpis(cur, 0.5), previous: kpis(prev), goals, talkingPoints: [],
  basis: { deals: 1, missingAmount: 0, missingRate: 0, missingCloseDate: 0, missingProbability: 0, oldestSeen: null },
});

describe('team rows', () => {
  it('ranks by % of goal and by improvement, never by raw revenue', () => {
    const rows = teamRows([
      rep('Big Territory', 900_000, 1_000_000, [goal(0.6, { status: 'behind' })]),
      rep('Small Territory', 50_000, 25_000, [goal(1.1, { status: 'achieved' })]),
      rep('No Goal', 10_000, 0),
    ]);
    expect(rows.map((r) => [r.owner, r.rankByGoal, r.rankByImprovement, r.revenueChange])).toEqual([
      ['Big Territory', 2, 2, -0.1],
      ['Small Territory', 1, 1, 1],
      ['No Goal', null, null, null],
    ]);
    expect(rows[1]).toMatchObject({ percentOfGoal: 1.1, goalStatus: 'achieved', winRate: 0.5, previousRevenueWon: 25_000 });
  });

  it('uses the top-level revenue goal, and ties share a rank', () => {
    const rows = teamRows([
      rep('A', 1, 1, [goal(0.2, { id: 'driver', parentId: 'x' }), goal(0.5, { id: 'main', parentId: null })]),
      rep('B', 1, 1, [goal(0.5)]),
      rep('C', 1, 1, [goal(0.4)]),
    ]);
    expect(rows.map((r) => r.rankByGoal)).toEqual([1, 1, 3]);
    expect(rankBy([3, null, 5, 3], (x) => x)).toEqual([2, null, 1, 2]);
  });
});

describe('trend snapshots', () => {
  const snap = (label: string, start: string, takenAt: string, revenueWon: number, kind: Snapshot['period']['kind'] = 'quarter'): Snapshot => ({
    id: `${label}-${takenAt}`, takenOn: takenAt.slice(0, 10), takenAt, kind: 'auto', label: null,
    period: { label, kind, start, end: start }, scope: 'rep', owner: 'A', currency: 'USD', kpis: kpis(revenueWon),
    basis: { deals: 0, missingAmount: 0, missingRate: 0, missingCloseDate: 0, missingProbability: 0, oldestSeen: null },
  });
  it('keeps the latest snapshot of each period of the same kind, oldest first, none after the period', () => {
    const out = trendSnapshots([
      snap('2026-Q3', '2026-07-01', '2026-08-01T00:00:00.000Z', 10),
      snap('2026-Q3', '2026-07-01', '2026-09-30T00:00:00.000Z', 30),
      snap('2026-11', '2026-11-01', '2026-11-02T00:00:00.000Z', 99, 'month'),
      snap('2026-Q4', '2026-10-01', '2026-11-20T00:00:00.000Z', 40),
      snap('2027-Q1', '2027-01-01', '2027-01-20T00:00:00.000Z', 5),
    ], { kind: 'quarter', start: '2026-10-01' });
    expect(out.map((s) => [s.period.label, s.kpis.revenueWon])).toEqual([['2026-Q3', 30], ['2026-Q4', 40]]);
  });
});

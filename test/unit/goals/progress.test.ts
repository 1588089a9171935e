import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../lib/domain/goal';
import { goalProgress, resolveTarget, suggestTarget, type GoalInputs } from '../../../lib/goals';
import { resolvePeriod } from '../../../lib/periods';

const cal = { fiscalYearStartMonth: 1, fiscalYearNamedBy: 'end' } as const;
const Q4 = resolvePeriod('2026-Q4', cal); // 92 days
const goal = (p: Partial<Goal>): Goal => ({
  id: 'g', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'absolute', value: 920 }, period: '2026-Q4', parentId: null, createdAt: '2026-09-01T00:00:00.000Z', ...p,
});
const input = (p: Partial<GoalInputs>): GoalInputs => ({
  goal: goal({}), period: Q4, today: '2026-10-31', actual: 0, previousActual: null, previousHadData: true, sampleSize: 10, pipelineAhead: 0, ...p,
});

describe('resolveTarget', () => {
  it('absolute and relative targets; relative winRate multiplies', () => {
    expect(resolveTarget(goal({}), null, false)).toBe(920);
    expect(resolveTarget(goal({ target: { kind: 'relative', percent: 10 } }), 1000, true)).toBeCloseTo(1100, 9);
    expect(resolveTarget(goal({ metric: 'winRate', target: { kind: 'relative', percent: 5 } }), 0.4, false)).toBeCloseTo(0.42, 12);
  });
  it('baseline unknown: previous actual null, or no deal closing in the previous period (accumulating)', () => {
    expect(resolveTarget(goal({ target: { kind: 'relative', percent: 10 } }), 0, false)).toBeNull();
    expect(resolveTarget(goal({ metric: 'avgDealSize', target: { kind: 'relative', percent: 10 } }), null, true)).toBeNull();
  });
});

describe('goalProgress (accumulating)', () => {
  it('computes expected, pace, projections and required per week (hand-computed)', () => {
    // 2026-10-31: 31 of 92 days elapsed, 61 remaining
    const r = goalProgress(input({ actual: 400, pipelineAhead: 150 }));
    expect(r.target).toBe(920);
    expect(r.elapsed).toBeCloseTo(31 / 92, 12);
    expect(r.expected).toBeCloseTo(310, 9);
    expect(r.paceRatio).toBeCloseTo(400 / 310, 12);
    expect(r.status).toBe('ahead');
    expect(r.progress).toBeCloseTo(400 / 920, 12);
    expect(r.runRateProjection).toBeCloseTo(400 * 92 / 31, 9);
    expect(r.forecastProjection).toBe(550);
    expect(r.requiredPerWeek).toBeCloseTo((520 * 7) / 61, 9);
    expect(r.parentId).toBeNull();
  });

  it.each([
    [310, 'ahead'],
    [279, 'on-track'], // 0.9 exactly
    [278.99, 'at-risk'],
    [232.5, 'at-risk'], // 0.75 exactly
    [232, 'behind'],
    [920, 'achieved'],
  ] as const)('actual %d → %s', (actual, status) => {
    expect(goalProgress(input({ actual })).status).toBe(status);
  });

  it('before the period: elapsed 0, no expected pace → on-track, no run rate', () => {
    const r = goalProgress(input({ today: '2026-09-15', actual: 0 }));
    expect(r).toMatchObject({ expected: 0, paceRatio: null, status: 'on-track', runRateProjection: null, elapsed: 0 });
    expect(r.requiredPerWeek).toBeCloseTo((920 * 7) / 92, 9);
  });

  it('after the period: remaining days at least 1', () => {
    const r = goalProgress(input({ today: '2027-02-01', actual: 900 }));
    expect(r.elapsed).toBe(1);
    expect(r.requiredPerWeek).toBe(140);
    expect(r.status).toBe('on-track'); // pace 900/920 ≥ 0.9
  });

  it('baseline unknown: target-based fields null, projections still computed', () => {
    const r = goalProgress(input({ goal: goal({ target: { kind: 'relative', percent: 10 } }), previousActual: 0, previousHadData: false, actual: 100 }));
    expect(r).toMatchObject({ status: 'baseline-unknown', target: null, progress: null, expected: null, paceRatio: null, requiredPerWeek: null });
    expect(r.runRateProjection).toBeCloseTo(100 * 92 / 31, 9);
    expect(r.forecastProjection).toBe(100);
  });

  it('forecastProjection only for revenueWon', () => {
    expect(goalProgress(input({ goal: goal({ metric: 'dealsWon', target: { kind: 'absolute', value: 10 } }), actual: 3 })).forecastProjection).toBeNull();
  });
});

describe('goalProgress (level)', () => {
  const level = (actual: number | null, sampleSize = 10) =>
    goalProgress(input({ goal: goal({ metric: 'winRate', target: { kind: 'absolute', value: 0.5 } }), actual, sampleSize }));
  it('status by actual vs target, no pace fields', () => {
    expect(level(0.5)).toMatchObject({ status: 'achieved', progress: 1, expected: null, paceRatio: null, runRateProjection: null, requiredPerWeek: null, lowSample: false, elapsed: null });
    expect(level(0.45).status).toBe('at-risk');
    expect(level(0.4499).status).toBe('behind');
    expect(level(null)).toMatchObject({ status: null, progress: null });
  });
  it('flags a low sample', () => {
    expect(level(0.6, 4).lowSample).toBe(true);
    expect(level(0.6, 5).lowSample).toBe(false);
  });
  it('baseline unknown when the previous value is null', () => {
    const r = goalProgress(input({ goal: goal({ metric: 'csat', target: { kind: 'relative', percent: 5 } }), actual: 4, previousActual: null }));
    expect(r.status).toBe('baseline-unknown');
  });
});

describe('suggestTarget', () => {
  it('scales the run rate to the next period and rounds up to a sensible figure', () => {
    expect(suggestTarget('revenueWon', 123_456, { current: 92, next: 90 })).toBe(121_000);
    expect(suggestTarget('dealsWon', 7.2, { current: 30, next: 31 })).toBe(8);
    expect(suggestTarget('revenueWon', 0, { current: 92, next: 90 })).toBeNull();
    expect(suggestTarget('revenueWon', null, { current: 92, next: 90 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { Goal } from '../../../lib/domain/goal';
import { smartCheck, type SmartInputs } from '../../../lib/goals';

const cal = { fiscalYearStartMonth: 1, fiscalYearNamedBy: 'end' } as const;
const goal = (p: Partial<Goal>): Goal => ({
  id: 'g', scope: 'rep', owner: 'Ann', metric: 'revenueWon', target: { kind: 'absolute', value: 100 }, period: '2026-Q4', parentId: null, createdAt: '2026-09-01T00:00:00.000Z', ...p,
});
const h = (values: (number | null)[], hasData = true) => values.map((value, i) => ({ label: `P${i}`, value, hasData }));
const run = (p: Partial<SmartInputs>) => smartCheck({ goal: goal({}), goals: [], settings: cal, resolvedTarget: 100, history: h([80]), ...p });
const failing = (r: ReturnType<typeof smartCheck>) => r.letters.filter((l) => !l.ok).map((l) => `${l.letter}:${l.reason}`);

describe('smartCheck', () => {
  it('passes a well-formed goal', () => {
    const r = run({});
    expect(r.ok).toBe(true);
    expect(r.letters.map((l) => l.letter)).toEqual(['S', 'M', 'A', 'R', 'T']);
  });

  it('Specific: a rep goal needs an owner', () => {
    expect(failing(run({ goal: goal({ owner: ' ' }) }))).toEqual(['S:smart.S.noOwner']);
  });

  it('Measurable: zero target, and a win rate typed as a percentage', () => {
    expect(failing(run({ goal: goal({ target: { kind: 'absolute', value: 0 } }), resolvedTarget: 0 }))).toEqual(['M:smart.M.zero']);
    expect(failing(run({ goal: goal({ metric: 'winRate', target: { kind: 'absolute', value: 45 } }), resolvedTarget: 45, history: [] }))).toEqual(['M:smart.M.winRateFraction']);
  });

  it('Achievable: warns above 1.5 × the best of the previous periods with data', () => {
    expect(run({ resolvedTarget: 150, history: h([100, 60]) }).ok).toBe(true);
    const r = run({ resolvedTarget: 150.01, history: h([100, 60]) });
    expect(failing(r)).toEqual(['A:smart.A.tooHigh']);
    expect(r.letters[2]!.params).toMatchObject({ best: 100, limit: 150, periods: 2 });
    // periods without data do not count; nothing to compare with passes
    expect(run({ resolvedTarget: 1000, history: h([900], false) }).ok).toBe(true);
    expect(run({ resolvedTarget: null, history: h([1]) }).ok).toBe(true);
  });

  it('Relevant: a driver names an existing parent of the same period', () => {
    const parent = goal({ id: 'p', metric: 'revenueWon' });
    expect(run({ goal: goal({ parentId: 'p', metric: 'newCustomers' }), goals: [parent] }).ok).toBe(true);
    expect(failing(run({ goal: goal({ parentId: 'x' }) }))).toEqual(['R:smart.R.parentMissing']);
    expect(failing(run({ goal: goal({ parentId: 'g' }) }))).toEqual(['R:smart.R.self']);
    expect(failing(run({ goal: goal({ parentId: 'p' }), goals: [{ ...parent, period: '2027-Q1' }] }))).toEqual(['R:smart.R.parentPeriod']);
    expect(run({ goal: goal({ parentId: 'p', period: '2026-10-01..2026-12-31' }), goals: [parent] }).ok).toBe(true);
  });

  it('Time-bound: the period must be readable', () => {
    expect(failing(run({ goal: goal({ period: 'soon' }) }))).toEqual(['T:smart.T.badPeriod']);
  });
});

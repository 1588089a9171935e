import { describe, expect, it } from 'vitest';
import type { Deal } from '../../../lib/domain/deal';
import { goal, lost, open, point, rules, scope, won } from './helpers';

/** n won and m lost deals closing on `date` for `owner`. */
function closed(date: string, nWon: number, nLost: number, p: Partial<Deal> = {}): Deal[] {
  return [...Array.from({ length: nWon }, () => won(date, p)), ...Array.from({ length: nLost }, () => lost(date, p))];
}

describe('goal-pace', () => {
  it('one point per goal; behind adds requiredPerWeek', () => {
    const r = scope([won('2026-10-05', { amount: 100 })], { goals: [goal({ id: 'a' }), goal({ id: 'b', metric: 'dealsWon', target: { kind: 'absolute', value: 1 } })] });
    const pace = r.talkingPoints.filter((p) => p.rule === 'goal-pace');
    expect(pace.map((p) => p.id)).toEqual(['goal-pace:team:a', 'goal-pace:team:b']);
    expect(pace[0]!.priority).toBe(1);
    expect(pace[0]!.evidence.values.requiredPerWeek).toBeCloseTo((900 * 7) / 34, 6);
    expect(pace[0]!.text).toContain('a week');
    expect(pace[0]!.question).not.toBeNull();
  });
  it('does not fire without goals, or for goals of another period', () => {
    expect(rules(scope([won('2026-10-05')]))).not.toContain('goal-pace');
    expect(rules(scope([won('2026-10-05')], { goals: [goal({ period: '2027-Q1' })] }))).not.toContain('goal-pace');
  });
});

describe('goal-achieved', () => {
  it('fires for achieved accumulating and level goals', () => {
    const r = scope(closed('2026-10-05', 3, 1, { amount: 500 }), { goals: [goal({ id: 'rev' }), goal({ id: 'wr', metric: 'winRate', target: { kind: 'absolute', value: 0.75 } })] });
    expect(r.talkingPoints.filter((p) => p.rule === 'goal-achieved').map((p) => p.id)).toEqual(['goal-achieved:team:rev', 'goal-achieved:team:wr']);
    expect(rules(scope([won('2026-10-05', { amount: 999.99 })], { goals: [goal({})] }))).not.toContain('goal-achieved');
  });
});

describe('big-win', () => {
  const prev = [won('2026-08-01', { amount: 1000 }), won('2026-08-02', { amount: 1000 })];
  it('fires for a recent win ≥ 1.5 × the previous average deal size', () => {
    const r = scope([...prev, won('2026-11-14', { amount: 1500 })]);
    expect(point(r, 'big-win')?.evidence.deals).toHaveLength(1);
  });
  it('not below 1.5 ×, not older than 13 days, not without a previous average', () => {
    expect(rules(scope([...prev, won('2026-11-20', { amount: 1499.99 })]))).not.toContain('big-win');
    expect(rules(scope([...prev, won('2026-11-13', { amount: 5000 })]))).not.toContain('big-win');
    expect(rules(scope([won('2026-11-20', { amount: 5000 })]))).not.toContain('big-win');
  });
});

describe('win-rate-up / win-rate-down', () => {
  it('a 10-point change counts exactly (0.50 vs 0.40)', () => {
    const r = scope([...closed('2026-08-01', 2, 3), ...closed('2026-10-01', 5, 5)]);
    expect(rules(r)).toContain('win-rate-up');
    const d = scope([...closed('2026-08-01', 5, 5), ...closed('2026-10-01', 2, 3)]);
    expect(rules(d)).toContain('win-rate-down');
    expect(point(d, 'win-rate-down')?.category).toBe('improvement');
  });
  it('needs ≥ 5 closed deals in each period and ≥ 10 points', () => {
    expect(rules(scope([...closed('2026-08-01', 0, 4), ...closed('2026-10-01', 5, 0)]))).not.toContain('win-rate-up');
    expect(rules(scope([...closed('2026-08-01', 4, 6), ...closed('2026-10-01', 49, 51)]))).not.toContain('win-rate-up');
  });
});

describe('deal-size-down', () => {
  it('fires at ≤ 0.85 × the previous average', () => {
    expect(rules(scope([won('2026-08-01', { amount: 100 }), won('2026-10-01', { amount: 85 })]))).toContain('deal-size-down');
    expect(rules(scope([won('2026-08-01', { amount: 100 }), won('2026-10-01', { amount: 85.01 })]))).not.toContain('deal-size-down');
    expect(rules(scope([won('2026-08-01', { amount: 0 }), won('2026-10-01', { amount: 0 })]))).not.toContain('deal-size-down');
  });
});

describe('cycle-longer', () => {
  it('fires at ≥ 1.2 × the previous median', () => {
    const prev = won('2026-08-11', { createdDate: '2026-08-01' }); // 10 days
    expect(rules(scope([prev, won('2026-10-13', { createdDate: '2026-10-01' })]))).toContain('cycle-longer'); // 12
    expect(rules(scope([prev, won('2026-10-12', { createdDate: '2026-10-01' })]))).not.toContain('cycle-longer'); // 11
  });
});

describe('slipped-deals', () => {
  it('lists the largest three with days overdue', () => {
    const r = scope([open('2026-11-20', { amount: 1 }), open('2026-11-01', { amount: 4 }), open('2026-10-01', { amount: 3 }), open('2026-11-26', { amount: 2 }), open('2026-11-27', { amount: 9 })]);
    const p = point(r, 'slipped-deals')!;
    expect(p.evidence.values.slippedDeals).toBe(4);
    expect(p.evidence.dealRefs!.slice(0, 3).map((d) => [d.amountBase, d.days])).toEqual([[4, 26], [3, 57], [2, 1]]);
    expect(p.text).toContain('26 days overdue');
    expect(p.evidence.deals[0]).toMatch(/^salesforce:/);
    expect(p.evidence.dealRefs![0]!.url).toMatch(/^https:/);
  });
  it('does not fire without slipped deals', () => {
    expect(rules(scope([open('2026-12-01')]))).not.toContain('slipped-deals');
  });
});

describe('stalled-deals', () => {
  it('fires for an open deal whose stage has not moved for 21 days', () => {
    const d = open('2026-12-15', { stage: 'Proposal' });
    const o = [{ crm: d.crm, sourceId: d.sourceId, at: '2026-11-06T09:00:00.000Z', stage: 'Proposal', status: 'open' as const, amount: 1000, closeDate: '2026-12-15' }];
    expect(point(scope([d], { observations: o }), 'stalled-deals')?.evidence.dealRefs?.[0]?.days).toBe(21);
    expect(rules(scope([d], { observations: o, today: '2026-11-26' }))).not.toContain('stalled-deals');
  });
});

describe('early-stage-closing', () => {
  it('fires for open deals in P with probability < 30', () => {
    expect(rules(scope([open('2026-12-01', { probability: 29 })]))).toContain('early-stage-closing');
    expect(rules(scope([open('2026-12-01', { probability: 30 })]))).not.toContain('early-stage-closing');
    expect(rules(scope([open('2026-12-01', { probability: null })]))).not.toContain('early-stage-closing');
    expect(rules(scope([open('2026-11-01', { probability: 5 })]))).not.toContain('early-stage-closing'); // slipped
  });
});

describe('below-team', () => {
  // median of Ann 1/2, Bob 6/10, Cat 7/10 is 0.6
  const team = [...closed('2026-10-01', 6, 4, { owner: 'Bob' }), ...closed('2026-10-01', 7, 3, { owner: 'Cat' })];
  it('fires when ≥ 10 points below the median (exactly 10 counts)', () => {
    expect(rules(scope([...team, ...closed('2026-10-01', 1, 1, { owner: 'Ann' })], { owner: 'Ann' }))).toContain('below-team');
    // Ann 5/10 = 0.5 → median 0.6 → exactly 10 points
    expect(rules(scope([...team, ...closed('2026-10-01', 5, 5, { owner: 'Ann' })], { owner: 'Ann' }))).toContain('below-team');
    expect(rules(scope([...team, ...closed('2026-10-01', 51, 49, { owner: 'Ann' })], { owner: 'Ann' }))).not.toContain('below-team');
  });
  it('needs 3 reps with a win rate, and never fires for the team', () => {
    expect(rules(scope([...closed('2026-10-01', 9, 1, { owner: 'Bob' }), ...closed('2026-10-01', 0, 2, { owner: 'Ann' })], { owner: 'Ann' }))).not.toContain('below-team');
    expect(rules(scope([...team, ...closed('2026-10-01', 0, 2, { owner: 'Ann' })]))).not.toContain('below-team');
  });
});

describe('rank', () => {
  const goals = [
    goal({ id: 'a', scope: 'rep', owner: 'Ann', target: { kind: 'absolute', value: 100 } }),
    goal({ id: 'b', scope: 'rep', owner: 'Bob', target: { kind: 'absolute', value: 100 } }),
  ];
  const deals = [won('2026-10-01', { owner: 'Ann', amount: 50 }), won('2026-10-01', { owner: 'Bob', amount: 80 }), won('2026-07-01', { owner: 'Ann', amount: 10 }), won('2026-07-01', { owner: 'Bob', amount: 80 })];
  it('ranks by % of goal and by improvement, when ≥ 2 reps have a revenue goal', () => {
    const p = point(scope(deals, { owner: 'Ann', goals }), 'rank')!;
    expect(p.evidence.values).toMatchObject({ rankByGoal: 2, reps: 2, rankByImprovement: 1 });
    expect(p.category).toBe('competition');
  });
  it('not with one goal, not for the team', () => {
    expect(rules(scope(deals, { owner: 'Ann', goals: goals.slice(0, 1) }))).not.toContain('rank');
    expect(rules(scope(deals, { goals }))).not.toContain('rank');
  });
});

describe('set-next-goal', () => {
  it('fires in the last 14 days of P without a goal for the next period, suggesting from the run rate', () => {
    const r = scope([won('2026-10-05', { amount: 85_000 })], { today: '2026-12-17' });
    const p = point(r, 'set-next-goal')!;
    expect(p.category).toBe('goal');
    expect(p.evidence.values.nextPeriod).toBe('2027-Q1');
    // 85000 / (78/92) × 90/92 = 85 000 × 90/78 = 98 076.9… → 98 100
    expect(p.evidence.values.suggestedTarget).toBe(98_100);
  });
  it('not earlier, and not when the next period has a goal', () => {
    expect(rules(scope([], { today: '2026-12-16' }))).not.toContain('set-next-goal');
    expect(rules(scope([], { today: '2026-12-20', goals: [goal({ period: '2027-Q1' })] }))).not.toContain('set-next-goal');
    expect(rules(scope([], { today: '2026-12-20' }))).toContain('set-next-goal');
  });
});

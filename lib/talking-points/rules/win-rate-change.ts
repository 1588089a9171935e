import { diffAtLeastPoints, frac } from '../exact';
import type { PointDraft, RuleContext } from '../types';
import { param } from '../types';

const MIN_CLOSED = 5;
const POINTS = 10;

/**
 * Shared by win-rate-up and win-rate-down: winRate moved by ≥ 10 percentage points vs the
 * previous period, with ≥ 5 closed deals in each (integer arithmetic, so 0.50 vs 0.40 counts).
 */
export function winRateChange(ctx: RuleContext, direction: 'up' | 'down'): PointDraft[] {
  const { kpis: k, previous: p } = ctx;
  const n1 = k.dealsWon + k.dealsLost;
  const n0 = p.dealsWon + p.dealsLost;
  if (n1 < MIN_CLOSED || n0 < MIN_CLOSED) return [];
  const cur = frac(k.dealsWon, n1);
  const prev = frac(p.dealsWon, n0);
  const fired = direction === 'up' ? diffAtLeastPoints(cur, prev, POINTS) : diffAtLeastPoints(prev, cur, POINTS);
  if (!fired) return [];
  const change = (k.dealsWon / n1 - p.dealsWon / n0) * 100;
  return [{
    subject: 'winRate',
    category: direction === 'up' ? 'recognition' : 'improvement',
    priority: direction === 'up' ? 3 : 2,
    message: {
      key: direction === 'up' ? 'tpr.winRateUp' : 'tpr.winRateDown',
      params: { current: param.percent(k.winRate), previous: param.percent(p.winRate), change: param.points(Math.abs(change)) },
    },
    question: { key: direction === 'up' ? 'tpr.q.winRateUp' : 'tpr.q.winRateDown' },
    values: { winRate: k.winRate, previousWinRate: p.winRate, closed: n1, previousClosed: n0 },
  }];
}

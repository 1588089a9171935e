import { diffAtLeastPoints, frac, medianFraction } from '../exact';
import type { Rule } from '../types';
import { param } from '../types';

const MIN_REPS = 3;
const POINTS = 10;

/**
 * below-team (reps only): the rep's winRate is ≥ 10 points below the median winRate of the reps
 * that have one in P (the rep included), when at least 3 reps have one. Exact fractions.
 */
export const belowTeam: Rule = {
  id: 'below-team',
  category: 'improvement',
  evaluate(ctx) {
    if (ctx.scope !== 'rep') return [];
    const closed = ctx.kpis.dealsWon + ctx.kpis.dealsLost;
    if (closed === 0) return [];
    const rates = ctx.peers.filter((p) => p.dealsWon + p.dealsLost > 0).map((p) => frac(p.dealsWon, p.dealsWon + p.dealsLost));
    if (rates.length < MIN_REPS) return [];
    const med = medianFraction(rates)!;
    const mine = frac(ctx.kpis.dealsWon, closed);
    if (!diffAtLeastPoints(med, mine, POINTS)) return [];
    const median = Number(med.n) / Number(med.d);
    return [{
      subject: 'winRate',
      category: 'improvement',
      priority: 2,
      message: {
        key: 'tpr.belowTeam',
        params: { current: param.percent(ctx.kpis.winRate), median: param.percent(median), gap: param.points((median - ctx.kpis.winRate!) * 100) },
      },
      question: { key: 'tpr.q.belowTeam' },
      values: { winRate: ctx.kpis.winRate, teamMedian: median, reps: rates.length },
    }];
  },
};

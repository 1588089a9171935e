import type { Rule } from '../types';
import { param } from '../types';

/**
 * cycle-longer: salesCycleDays ≥ 1.2 × the previous period's (previous > 0). Medians are whole
 * or half days, so doubling them gives integers and the comparison is exact.
 */
export const cycleLonger: Rule = {
  id: 'cycle-longer',
  category: 'improvement',
  evaluate(ctx) {
    const cur = ctx.kpis.salesCycleDays;
    const prev = ctx.previous.salesCycleDays;
    if (cur === null || prev === null || !(prev > 0)) return [];
    if (Math.round(cur * 2) * 10 < Math.round(prev * 2) * 12) return [];
    return [{
      subject: 'salesCycleDays',
      category: 'improvement',
      priority: 3,
      message: { key: 'tpr.cycleLonger', params: { current: param.days(cur), previous: param.days(prev) } },
      question: { key: 'tpr.q.cycleLonger' },
      values: { salesCycleDays: cur, previousSalesCycleDays: prev },
    }];
  },
};

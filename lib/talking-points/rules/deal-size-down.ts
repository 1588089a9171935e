import { moneyAtMost } from '../exact';
import type { Rule } from '../types';
import { param } from '../types';

/** deal-size-down: avgDealSize ≤ 0.85 × the previous period's (previous > 0), compared in cents. */
export const dealSizeDown: Rule = {
  id: 'deal-size-down',
  category: 'improvement',
  evaluate(ctx) {
    const cur = ctx.kpis.avgDealSize;
    const prev = ctx.previous.avgDealSize;
    if (cur === null || prev === null || !(prev > 0) || !moneyAtMost(cur, prev, 85, 100)) return [];
    return [{
      subject: 'avgDealSize',
      category: 'improvement',
      priority: 3,
      message: {
        key: 'tpr.dealSizeDown',
        params: { current: param.money(cur), previous: param.money(prev), change: param.percent(cur / prev - 1) },
      },
      question: { key: 'tpr.q.dealSizeDown' },
      values: { avgDealSize: cur, previousAvgDealSize: prev },
    }];
  },
};

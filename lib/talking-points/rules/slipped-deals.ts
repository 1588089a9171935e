import { EVIDENCE_MAX, largest } from '../deals';
import type { Rule } from '../types';
import { param } from '../types';

/** slipped-deals: open deals whose close date has passed; the largest three, with days overdue. */
export const slippedDeals: Rule = {
  id: 'slipped-deals',
  category: 'challenge',
  evaluate(ctx) {
    // Already { deal, days } pairs: read as they are, no copy per deal.
    const all = ctx.detail.slipped;
    if (all.length === 0) return [];
    return [{
      subject: 'open',
      category: 'challenge',
      priority: 1,
      message: { key: 'tpr.slipped', params: { count: param.count(all.length) } },
      question: { key: 'tpr.q.slipped' },
      list: { itemKey: 'tpr.item.overdue', deals: largest(all, 3) },
      deals: largest(all, EVIDENCE_MAX),
      values: { slippedDeals: all.length },
    }];
  },
};

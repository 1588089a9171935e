import { EVIDENCE_MAX, largest } from '../deals';
import type { Rule } from '../types';
import { param } from '../types';

/** stalled-deals: open deals whose stage has not changed for ≥ stalledAfterDays; the largest three. */
export const stalledDeals: Rule = {
  id: 'stalled-deals',
  category: 'challenge',
  evaluate(ctx) {
    // Already { deal, days } pairs: read as they are, no copy per deal.
    const all = ctx.detail.stalled;
    if (all.length === 0) return [];
    return [{
      subject: 'open',
      category: 'challenge',
      priority: 2,
      message: { key: 'tpr.stalled', params: { count: param.count(all.length), days: param.days(ctx.stalledAfterDays) } },
      question: { key: 'tpr.q.stalled' },
      list: { itemKey: 'tpr.item.inStage', deals: largest(all, 3) },
      deals: largest(all, EVIDENCE_MAX),
      values: { stalledDeals: all.length, stalledAfterDays: ctx.stalledAfterDays },
    }];
  },
};

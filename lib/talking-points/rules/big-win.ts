import { EVIDENCE_MAX, largest } from '../deals';
import { moneyAtLeast } from '../exact';
import type { Rule } from '../types';
import { param } from '../types';

/**
 * big-win: won deals closed in the last 14 days (today − 13 … today) whose base amount is
 * ≥ 1.5 × the scope's previous-period avgDealSize (not when that is null). One point per scope.
 */
export const bigWin: Rule = {
  id: 'big-win',
  category: 'recognition',
  evaluate(ctx) {
    const ref = ctx.previous.avgDealSize;
    if (ref === null) return [];
    const wins = ctx.recentWins
      .filter((d) => d.amountBase !== null && moneyAtLeast(d.amountBase, ref, 3, 2))
      .map((deal) => ({ deal }));
    if (wins.length === 0) return [];
    const top = largest(wins, 3);
    const biggest = top[0]!.deal;
    return [{
      subject: 'recent',
      category: 'recognition',
      priority: 2,
      message: {
        key: 'tpr.bigWin',
        params: {
          count: param.count(wins.length),
          name: param.text(biggest.deal.name),
          amount: param.money(biggest.amountBase),
          ratio: param.ratio(biggest.amountBase! / ref),
          average: param.money(ref),
        },
      },
      question: { key: 'tpr.q.bigWin', params: { name: param.text(biggest.deal.name) } },
      list: { itemKey: 'tpr.item.amount', deals: top },
      deals: largest(wins, EVIDENCE_MAX),
      values: { count: wins.length, previousAvgDealSize: ref, largest: biggest.amountBase },
    }];
  },
};

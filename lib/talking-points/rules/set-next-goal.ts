import { suggestTarget } from '../../goals/suggest';
import { diffDays } from '../../periods/dates';
import { periodDays } from '../../periods/navigate';
import type { Rule } from '../types';
import { param } from '../types';

const DAYS_BEFORE_END = 14;

/**
 * set-next-goal: today is in P, P ends within 14 days and the scope has no goal for the next
 * period; suggests a revenueWon target from the current run rate, scaled to the next period.
 */
export const setNextGoal: Rule = {
  id: 'set-next-goal',
  category: 'goal',
  evaluate(ctx) {
    const { period: p, today } = ctx;
    if (today < p.start || today > p.end || ctx.hasNextPeriodGoal) return [];
    const left = diffDays(p.end, today);
    if (left > DAYS_BEFORE_END) return [];
    const target = suggestTarget('revenueWon', ctx.revenueRunRate, { current: periodDays(p), next: periodDays(ctx.nextPeriod) });
    return [{
      subject: ctx.nextPeriod.label,
      category: 'goal',
      priority: 3,
      message: {
        key: target === null ? 'tpr.setNextGoalNoRunRate' : 'tpr.setNextGoal',
        params: { days: param.days(left), next: param.text(ctx.nextPeriod.label), metric: param.metric('revenueWon'), target: param.money(target) },
      },
      question: { key: 'tpr.q.setNextGoal', params: { next: param.text(ctx.nextPeriod.label) } },
      values: { daysLeft: left, nextPeriod: ctx.nextPeriod.label, suggestedMetric: 'revenueWon', suggestedTarget: target },
    }];
  },
};

import type { Rule } from '../types';
import { param } from '../types';
import { metricValue } from './metric-param';

/** goal-achieved: any goal of the scope for P is achieved (level goals included). */
export const goalAchieved: Rule = {
  id: 'goal-achieved',
  category: 'recognition',
  evaluate(ctx) {
    return ctx.goals
      .filter(({ result }) => result.status === 'achieved')
      .map(({ goal, result }) => ({
        subject: goal.id,
        category: 'recognition',
        priority: 2,
        message: {
          key: 'tpr.goalAchieved',
          params: { metric: param.metric(goal.metric), actual: metricValue(goal.metric, result.actual), target: metricValue(goal.metric, result.target) },
        },
        question: { key: 'tpr.q.goalAchieved' },
        values: { target: result.target, actual: result.actual, progress: result.progress },
      }));
  },
};

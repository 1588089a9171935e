import type { PointDraft, Rule } from '../types';
import { param } from '../types';
import { metricValue } from './metric-param';

/** goal-pace: one point per goal of the scope for P, with its status and numbers. */
export const goalPace: Rule = {
  id: 'goal-pace',
  category: 'progress',
  evaluate(ctx) {
    return ctx.goals.map(({ goal, result: r }): PointDraft => {
      const m = goal.metric;
      const common = { metric: param.metric(m), actual: metricValue(m, r.actual), target: metricValue(m, r.target), status: param.status(r.status) };
      const values = { target: r.target, actual: r.actual, progress: r.progress, expected: r.expected, paceRatio: r.paceRatio, status: r.status, requiredPerWeek: r.requiredPerWeek };
      const draft = (key: string, priority: number, question: string, extra: Record<string, ReturnType<typeof param.number>> = {}): PointDraft => ({
        subject: goal.id,
        category: 'progress',
        priority,
        message: { key, params: { ...common, ...extra } },
        question: { key: question, params: common },
        values,
      });
      if (r.status === 'baseline-unknown') return draft('tpr.goalPace.baselineUnknown', 3, 'tpr.q.goalPace.baseline');
      if (r.status === null) return draft('tpr.goalPace.noActual', 3, 'tpr.q.goalPace.baseline');
      const priority = r.status === 'behind' ? 1 : r.status === 'at-risk' ? 2 : 3;
      const question = priority < 3 ? 'tpr.q.goalPace.behind' : 'tpr.q.goalPace.ok';
      if (r.expected === null) {
        return draft(r.lowSample ? 'tpr.goalPace.levelLowSample' : 'tpr.goalPace.level', priority, question);
      }
      if (r.status === 'behind' || r.status === 'at-risk') {
        return draft('tpr.goalPace.behind', priority, question, {
          progress: param.percent(r.progress),
          requiredPerWeek: metricValue(m, r.requiredPerWeek),
        });
      }
      return draft('tpr.goalPace.onPace', priority, question, { progress: param.percent(r.progress), expected: metricValue(m, r.expected) });
    });
  },
};

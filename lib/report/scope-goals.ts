import type { Goal, GoalMetric } from '../domain/goal';
import type { GoalResult } from '../domain/report';
import { goalProgress } from '../goals/progress';
import type { ScopeFigures } from '../kpi/compute';
import type { ReportState, ScopeKey } from './state';

/** How many values back a level metric (its lowSample test). */
function sampleSize(metric: GoalMetric, f: ScopeFigures): number {
  if (metric === 'winRate') return f.values.dealsWon + f.values.dealsLost;
  if (metric === 'avgDealSize') return f.detail.wonWithAmount;
  if (metric === 'csat') return f.detail.csatCount;
  return 0;
}

/**
 * Weighted pipeline of open, not slipped deals closing in [max(today, start), end]: exactly the
 * scope's weightedPipeline for P (its open deals close in P and not before today, so none closes
 * before max(today, start)), the same deals summed exactly. Read, not summed again.
 */
const pipelineAhead = (f: ScopeFigures): number => f.values.weightedPipeline;

/** Unrounded progress of each of the scope's goals for P, in goal-id order. */
export function scopeGoalResults(state: ReportState, scope: ScopeKey): ScopeGoalResult[] {
  // Peers and the scope's own report both ask: computed once per scope and report.
  let results = state.goalResults.get(scope);
  if (results === undefined) state.goalResults.set(scope, (results = computeGoalResults(state, scope)));
  return results;
}

export interface ScopeGoalResult {
  goal: Goal;
  result: GoalResult;
}

function computeGoalResults(state: ReportState, scope: ScopeKey): ScopeGoalResult[] {
  const cur = state.figuresOf(scope, 'cur');
  const prev = state.figuresOf(scope, 'prev');
  const goals = [...state.goalsFor(scope, state.period)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return goals.map((goal) => ({
    goal,
    result: goalProgress({
      goal,
      period: state.period,
      today: state.today,
      actual: cur.values[goal.metric],
      previousActual: prev.values[goal.metric],
      previousHadData: state.previousDealCount(scope) > 0,
      sampleSize: sampleSize(goal.metric, cur),
      pipelineAhead: goal.metric === 'revenueWon' ? pipelineAhead(cur) : null,
    }),
  }));
}

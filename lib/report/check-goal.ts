import type { Goal } from '../domain/goal';
import type { SmartCheck } from '../messaging/protocol';
import { smartCheck } from '../goals/smart-check';
import { resolveTarget } from '../goals/target';
import { scopeFigures } from '../kpi/compute';
import { slicePeriod } from '../kpi/data-index';
import { normalizeOwner } from '../kpi/prepare';
import { resolvePeriod } from '../periods/labels';
import { periodsBefore } from '../periods/navigate';
import { ReportState, type EngineData } from './state';

/**
 * Gathers what the SMART check needs from the data: the goal's resolved target and the scope's
 * value of the metric in the four periods of the goal's kind before it (with whether the scope
 * had data there: a deal closing, or for csat an entry).
 */
export function checkGoalWith(data: EngineData, goal: Goal, today: string): SmartCheck {
  const goals = [...data.goals.filter((g) => g.id !== goal.id), goal];
  let range;
  try {
    range = resolvePeriod(goal.period, data.settings);
  } catch {
    return smartCheck({ goal, goals, settings: data.settings, resolvedTarget: null, history: [] });
  }
  const before = periodsBefore(range, 4, data.settings);
  const state = new ReportState(data, today, range, before);
  const scope = goal.scope === 'team' ? null : normalizeOwner(goal.owner);
  const prev = state.figuresOf(scope, 'prev');
  const resolvedTarget = resolveTarget(goal, prev.values[goal.metric], state.previousDealCount(scope) > 0);
  const history = before.map((p) => {
    const f = scopeFigures(state.index, slicePeriod(state.index, p), scope, false);
    const hasData = goal.metric === 'csat' ? f.detail.csatCount > 0 : f.basis.deals > 0;
    return { label: p.label, value: f.values[goal.metric], hasData };
  });
  const baseline = { period: state.previous.label, value: prev.values[goal.metric], hasData: state.previousDealCount(scope) > 0 };
  return { ...smartCheck({ goal, goals, settings: data.settings, resolvedTarget, history }), baseline, resolvedTarget };
}

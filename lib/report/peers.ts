import type { PeerStat } from '../talking-points/types';
import { scopeGoalResults } from './scope-goals';
import type { ReportState } from './state';

/**
 * Every rep's figures the comparing rules need (below-team, rank), computed in the same pass
 * as the report (figures are memoized in the state, so a rep's scope is not computed twice).
 */
export function computePeers(state: ReportState): PeerStat[] {
  return state.index.owners.map((owner) => {
    const cur = state.figuresOf(owner, 'cur').values;
    const prev = state.figuresOf(owner, 'prev').values;
    const revenueGoal = scopeGoalResults(state, owner).find((g) => g.result.metric === 'revenueWon');
    const progress = revenueGoal?.result.progress ?? null;
    return {
      owner,
      dealsWon: cur.dealsWon,
      dealsLost: cur.dealsLost,
      revenueWon: cur.revenueWon,
      previousRevenueWon: prev.revenueWon,
      revenueGoalProgress: progress,
    };
  });
}

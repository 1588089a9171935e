import { round4 } from '../../kpi/numbers';
import type { PeerStat, Rule } from '../types';
import { param } from '../types';

/** Competition rank ("1224") of `mine` among `all`, higher is better. */
function rankOf(mine: number, all: readonly number[]): number {
  return 1 + all.filter((v) => v > mine).length;
}

const improvement = (p: PeerStat): number | null =>
  p.previousRevenueWon > 0 ? round4(p.revenueWon / p.previousRevenueWon - 1) : null;

/**
 * rank (reps with a revenueWon goal for P that has a numeric progress, when ≥ 2 reps have one):
 * rank by % of goal and by improvement in revenue vs the previous period among those reps —
 * never by raw revenue (raw leaderboards demoralize). Values compare as the report rounds them.
 */
export const rank: Rule = {
  id: 'rank',
  category: 'competition',
  evaluate(ctx) {
    if (ctx.scope !== 'rep') return [];
    const ranked = ctx.peers.filter((p) => p.revenueGoalProgress !== null);
    const me = ranked.find((p) => p.owner === ctx.owner);
    if (!me || ranked.length < 2) return [];
    const byGoal = rankOf(round4(me.revenueGoalProgress!), ranked.map((p) => round4(p.revenueGoalProgress!)));
    const mine = improvement(me);
    const others = ranked.map(improvement).filter((v): v is number => v !== null);
    const byImprovement = mine === null ? null : rankOf(mine, others);
    return [{
      subject: 'revenueWon',
      category: 'competition',
      priority: 4,
      message: {
        key: byImprovement === null ? 'tpr.rankGoalOnly' : 'tpr.rank',
        params: {
          rank: param.number(byGoal),
          of: param.number(ranked.length),
          progress: param.percent(me.revenueGoalProgress),
          improvementRank: param.number(byImprovement),
          improvementOf: param.number(others.length),
          change: param.percent(mine),
        },
      },
      question: { key: 'tpr.q.rank' },
      values: { rankByGoal: byGoal, reps: ranked.length, rankByImprovement: byImprovement, improvement: mine },
    }];
  },
};

import type { ScopeReport } from '../domain/report';
import type { Language } from '../domain/settings';
import { elapsedShare } from '../goals/progress';
import { generateTalkingPoints } from '../talking-points/generate';
import type { PeerStat, RuleContext } from '../talking-points/types';
import { roundGoal, roundKpis } from './rounding';
import { scopeGoalResults } from './scope-goals';
import type { ReportState, ScopeKey } from './state';

/** One scope's report: rounded KPIs, basis, goals and talking points. */
export function scopeReport(state: ReportState, scope: ScopeKey, peers: readonly PeerStat[], lang: Language, withPoints = true): ScopeReport {
  const cur = state.figuresOf(scope, 'cur');
  const prev = state.figuresOf(scope, 'prev');
  const goals = scopeGoalResults(state, scope);
  const { elapsedDays, days } = elapsedShare(state.period, state.today);
  const ctx: RuleContext = {
    scope: scope === null ? 'team' : 'rep',
    owner: scope,
    today: state.today,
    period: state.period,
    previousPeriod: state.previous,
    nextPeriod: state.next,
    currency: state.data.settings.baseCurrency,
    stalledAfterDays: state.data.settings.stalledAfterDays,
    kpis: cur.values,
    previous: prev.values,
    detail: cur.detail,
    recentWins: state.recentWins(scope),
    goals,
    peers,
    hasNextPeriodGoal: state.goalsFor(scope, state.next).length > 0,
    revenueRunRate: elapsedDays === 0 ? null : cur.values.revenueWon / (elapsedDays / days),
  };
  return {
    scope: scope === null ? 'team' : 'rep',
    owner: scope,
    kpis: roundKpis(cur.values),
    previous: roundKpis(prev.values),
    basis: cur.basis,
    goals: goals.map((g) => roundGoal(g.result)),
    talkingPoints: withPoints ? generateTalkingPoints(ctx, lang) : [],
  };
}

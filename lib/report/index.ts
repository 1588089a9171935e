import type { Goal } from '../domain/goal';
import type { PeriodRange, Report, ScopeReport } from '../domain/report';
import type { Language } from '../domain/settings';
import type { SmartCheck } from '../messaging/protocol';
import { normalizeOwner } from '../kpi/prepare';
import { resolvePeriod } from '../periods/labels';
import { currentPeriod } from '../periods/navigate';
import type { PeerStat } from '../talking-points/types';
import { checkGoalWith } from './check-goal';
import { computePeers } from './peers';
import { scopeReport } from './scope';
import { ReportState, type EngineData } from './state';

export type { EngineData } from './state';
export { renderAgenda } from './markdown';

/**
 * The report for P (default: the current fiscal quarter): the team first, then every owner in
 * code-point order — or only `owner` when given (peers are still computed: rank and below-team
 * compare with them).
 *
 * Complexity: O(N + M) for N deals and M observations, in one pass over each: the deal pass fills
 * the slices of P, the previous period and the last 14 days already bucketed by owner (a few
 * string comparisons and at most two hash probes per deal — owner, and a won deal's account or an
 * open deal's id in an Int32Array table; only deals in those slices and stalled ones are prepared,
 * a slipped deal outside them only when a talking point names it; a deal in a slice costs two more
 * small-map probes, its owner's list and basis counts), the observation pass follows open deals'
 * stage runs (one probe each). Then O(N_P + N_prev) per figure over all scopes together (team +
 * each rep sees its own deals once per period), plus O(10·X) picking the ≤ 10 largest of the X
 * slipped / stalled / early-stage deals a point names, plus O(S log S) ordering S talking points.
 * No per-scope scan of N; no Date object, regex or closure per deal. What is left is memory-bound:
 * each of the N stored deals and its date string is fetched once, plus the account string of won
 * deals and the id of open ones and observations. Measured (scripts/bench/engine.ts, 100k deals,
 * team + 10 reps, one quarter): see the README.
 */
export function buildReport(
  data: EngineData,
  o: {
    today: string;
    period?: string;
    owner?: string | null;
    lang?: Language;
    /** false: every scope's `talkingPoints` is [] and the rules do not run (the popup's team table needs none). */
    talkingPoints?: boolean;
  },
): Report {
  const period = o.period ? resolvePeriod(o.period, data.settings) : currentPeriod('quarter', o.today, data.settings);
  const state = new ReportState(data, o.today, period);
  const withPoints = o.talkingPoints !== false;
  // Peers only feed talking-point rules (rank, below the team).
  const peers = withPoints ? computePeers(state) : [];
  const lang = o.lang ?? 'en';
  const owner = normalizeOwner(o.owner);
  const one = (s: string | null) => scopeReport(state, s, peers, lang, withPoints);
  const scopes: ScopeReport[] = owner === null ? [null, ...state.index.owners].map(one) : [one(owner)];
  return { today: o.today, period, previousPeriod: state.previous, currency: data.settings.baseCurrency, scopes };
}

/** One scope for P. Without `peers`, they are computed from the data (one more pass over P). */
export function computeScope(
  data: EngineData,
  o: { today: string; period: PeriodRange; scope: 'team' | 'rep'; owner: string | null; lang?: Language; peers?: readonly PeerStat[] },
): ScopeReport {
  const state = new ReportState(data, o.today, o.period);
  const key = o.scope === 'team' ? null : normalizeOwner(o.owner);
  return scopeReport(state, key, o.peers ?? computePeers(state), o.lang ?? 'en');
}

/** The SMART check of a goal against the data (the `goals.check` message). */
export function checkGoal(data: EngineData, goal: Goal, today: string): SmartCheck {
  return checkGoalWith(data, goal, today);
}

export type { PeerStat };

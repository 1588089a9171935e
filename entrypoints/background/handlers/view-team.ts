import { browser } from 'wxt/browser';
import type { PacerDb } from '../../../lib/db/app-db';
import { loadEngineData } from '../../../lib/db/engine-data';
import { getSettings } from '../../../lib/db/settings';
import type { TeamView } from '../../../lib/domain/views';
import { resolveLanguage } from '../../../lib/i18n/translate';
import { handle } from '../../../lib/messaging/handle';
import type { RequestOf } from '../../../lib/messaging/schemas';
import { currentPeriod, previousPeriod, resolvePeriod } from '../../../lib/periods';
import { buildReport } from '../../../lib/report';
import { teamRows } from '../../../lib/team/rows';
import { localToday } from './view-sidebar';
import { reportRange } from './view-range';
import { createTeamViewCache } from './team-view-cache';
import { sessionViewStore } from './team-view-store';
import { writesInFlight } from './write-activity';

/**
 * `view.team`: the team and every rep for P (default: the current fiscal quarter). The popup's
 * time to content, so: indexed range loads only (deals of the previous period and P, open deals)
 * and ONE engine pass for all scopes (buildReport buckets deals by owner once).
 */
export async function teamView(db: PacerDb, req: RequestOf<'view.team'>, uiLanguage: string): Promise<TeamView> {
  const settings = await getSettings(db);
  const today = req.today ?? localToday();
  const period = req.period ? resolvePeriod(req.period, settings) : currentPeriod('quarter', today, settings);
  const previous = previousPeriod(period, settings);
  const lang = resolveLanguage(settings.language, [uiLanguage]);
  const [data, ownerKeys, totalDeals] = await Promise.all([
    loadEngineData(db, { ...reportRange(period, previous, today), today }),
    db.deals.orderBy('owner').uniqueKeys(),
    db.deals.count(),
  ]);
  // The team table shows KPIs, goals and ranks: no talking points (each rep's come with view.rep).
  const report = buildReport(data, { today, period: period.label, lang, talkingPoints: false });
  const [team, ...reps] = report.scopes;
  if (!team) throw new Error('the engine returned no team scope');
  const owners = [...new Set(ownerKeys.filter((o): o is string => typeof o === 'string').map((o) => o.trim()).filter(Boolean))]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    today,
    currency: report.currency,
    period: report.period,
    previousPeriod: report.previousPeriod,
    team,
    rows: teamRows(reps.filter((s) => s.scope === 'rep')),
    owners,
    totalDeals,
  };
}

export function setupViewTeam(db: PacerDb): void {
  const cache = createTeamViewCache(
    (k) => teamView(db, { today: k.today, ...(k.period ? { period: k.period } : {}) }, k.lang),
    () => ({ today: localToday(), lang: browser.i18n.getUILanguage() }),
    { busy: () => writesInFlight() > 0, store: sessionViewStore, build: browser.runtime.getManifest().version },
  );
  handle('view.team', (req) => cache.get({ today: req.today ?? localToday(), ...(req.period ? { period: req.period } : {}), lang: browser.i18n.getUILanguage() }));
}

import { browser } from 'wxt/browser';
import { carryForward, type DatedAgenda } from '../../../lib/agenda/carry-forward';
import type { PacerDb } from '../../../lib/db/app-db';
import { getAgenda, listAgendas } from '../../../lib/db/agendas';
import { loadEngineData } from '../../../lib/db/engine-data';
import { getSettings } from '../../../lib/db/settings';
import { listSnapshots } from '../../../lib/db/snapshots';
import type { DealRef, ScopeReport } from '../../../lib/domain/report';
import type { Settings } from '../../../lib/domain/settings';
import type { RepView } from '../../../lib/domain/views';
import { resolveLanguage } from '../../../lib/i18n/translate';
import { handle } from '../../../lib/messaging/handle';
import type { RequestOf } from '../../../lib/messaging/schemas';
import { lastYearPeriod, previousPeriod, resolvePeriod } from '../../../lib/periods';
import { buildReport, computeScope } from '../../../lib/report';
import { trendSnapshots } from '../../../lib/team/trend';
import { localToday } from './view-sidebar';
import { reportRange } from './view-range';

/** The deal warnings are the evidence of the engine's own rules, so popup and report agree. */
const WARNING_RULES = { slipped: 'slipped-deals', stalled: 'stalled-deals', earlyStage: 'early-stage-closing' } as const;
export function warningsOf(report: ScopeReport): RepView['warnings'] {
  const of = (rule: string): DealRef[] => report.talkingPoints.find((p) => p.rule === rule)?.evidence.dealRefs ?? [];
  return { slipped: of(WARNING_RULES.slipped), stalled: of(WARNING_RULES.stalled), earlyStage: of(WARNING_RULES.earlyStage) };
}

async function carried(db: PacerDb, owner: string, period: { label: string; start: string }, settings: Settings) {
  const dated: DatedAgenda[] = [];
  for (const agenda of await listAgendas(db, owner)) {
    try {
      dated.push({ agenda, start: resolvePeriod(agenda.period, settings).start });
    } catch {
      // An agenda whose period label no longer resolves cannot be placed in time: skip it.
    }
  }
  return carryForward(dated, period.start, period.label);
}

/**
 * `view.rep`: one rep's one-on-one prep for P: the engine's scope report (with peers, for rank and
 * below-team), the same period last year, deal warnings, trend snapshots, the saved agenda and
 * the unticked points of earlier one-on-ones.
 */
export async function repView(db: PacerDb, req: RequestOf<'view.rep'>, uiLanguage: string): Promise<RepView> {
  const settings = await getSettings(db);
  const today = req.today ?? localToday();
  const owner = req.owner.trim();
  const period = resolvePeriod(req.period, settings);
  const previous = previousPeriod(period, settings);
  const lastYear = lastYearPeriod(period, settings);
  const lang = resolveLanguage(settings.language, [uiLanguage]);
  const [data, dataLastYear, snapshots, agenda, carriedForward] = await Promise.all([
    loadEngineData(db, { ...reportRange(period, previous, today), today }),
    loadEngineData(db, { start: previousPeriod(lastYear, settings).start, end: lastYear.end, today }),
    listSnapshots(db, owner),
    getAgenda(db, owner, period.label),
    carried(db, owner, period, settings),
  ]);
  const report = buildReport(data, { today, period: period.label, owner, lang });
  const scope = report.scopes.find((s) => s.scope === 'rep') ?? computeScope(data, { today, period, scope: 'rep', owner, lang });
  const ly = computeScope(dataLastYear, { today, period: lastYear, scope: 'rep', owner, lang });
  return {
    today,
    currency: report.currency,
    period: report.period,
    previousPeriod: report.previousPeriod,
    lastYearPeriod: lastYear,
    report: scope,
    lastYear: ly.kpis,
    warnings: warningsOf(scope),
    trend: trendSnapshots(snapshots, period),
    agenda,
    carriedForward,
    settings: { csatScale: settings.csatScale },
  };
}

export function setupViewRep(db: PacerDb): void {
  handle('view.rep', (req) => repView(db, req, browser.i18n.getUILanguage()));
}

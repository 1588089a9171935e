import { browser } from 'wxt/browser';
import type { PacerDb } from '../../../lib/db/app-db';
import { loadEngineData } from '../../../lib/db/engine-data';
import { fromRow } from '../../../lib/db/deal-row';
import { getSettings } from '../../../lib/db/settings';
import type { SidebarView } from '../../../lib/domain/views';
import { sidebarDisplay } from '../../../lib/display/sidebar-display';
import { sidebarMessages, translatorFor } from '../../../lib/i18n/sidebar-strings';
import { resolveLanguage } from '../../../lib/i18n/translate';
import { handle } from '../../../lib/messaging/handle';
import type { RequestOf } from '../../../lib/messaging/schemas';
import { addDaysIso, currentPeriod, previousPeriod } from '../../../lib/periods';
import { computeScope } from '../../../lib/report';
import { buildRecordContext } from '../../../lib/views/record-context';

/** The background's local calendar date (the user's "today"). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * `view.sidebar`: the figures of one scope for the current month / quarter / fiscal year and
 * the one before, the scope's goals, the record page's deal in context and the owners seen.
 * Scope: the request's owner, else settings.me; the team when neither names an owner seen.
 * `display` carries it all as formatted text, so the content script ships no formatting code.
 */
export async function sidebarView(db: PacerDb, req: RequestOf<'view.sidebar'>, uiLanguage: string): Promise<SidebarView> {
  const settings = await getSettings(db);
  const today = req.today ?? localToday();
  const period = currentPeriod(req.periodKind, today, settings);
  const previous = previousPeriod(period, settings);
  const lang = resolveLanguage(settings.language, [uiLanguage]);
  // A year back as well: the record's "size vs my average" looks at the last 4 quarters.
  const yearAgo = addDaysIso(today, -366);
  const start = previous.start < yearAgo ? previous.start : yearAgo;
  const [data, ownerKeys, totalDeals] = await Promise.all([
    loadEngineData(db, { start, end: period.end, today }),
    db.deals.orderBy('owner').uniqueKeys(),
    db.deals.count(),
  ]);
  const owners = ownerKeys.filter((o): o is string => typeof o === 'string' && o.trim() !== '');
  const me = req.owner !== undefined ? req.owner : settings.me;
  const scope = me !== null && owners.includes(me) ? 'rep' : 'team';
  const owner = scope === 'rep' ? me : null;
  const report = computeScope(data, { today, period, scope, owner, lang });
  const goals = data.goals.filter((g) => g.period === period.label && (scope === 'team' ? g.scope === 'team' : g.owner === owner));

  let record: SidebarView['record'] = null;
  const sep = req.recordKey ? req.recordKey.indexOf(':') : -1;
  if (req.recordKey && sep > 0) {
    const row = await db.deals.get([req.recordKey.slice(0, sep), req.recordKey.slice(sep + 1)]);
    if (row) {
      const deal = fromRow(row);
      const avgOwner = owner ?? deal.owner;
      record = buildRecordContext(deal, {
        today,
        history: data.observations,
        ownerDeals: data.deals.filter((d) => d.owner === avgOwner),
        owner: avgOwner,
        settings,
      });
    }
  }
  const view = { today, lang, me: settings.me, owners, currency: settings.baseCurrency, period, previousPeriod: previous, report, goals, record, totalDeals };
  // Display text in the sidebar's language, from the same table the sidebar translates with.
  return { ...view, display: sidebarDisplay(view, translatorFor(sidebarMessages(lang), lang), lang) };
}

export function setupViewSidebar(db: PacerDb): void {
  handle('view.sidebar', (req) => sidebarView(db, req, browser.i18n.getUILanguage()));
  handle('sidebar.strings', async () => {
    const lang = resolveLanguage((await getSettings(db)).language, [browser.i18n.getUILanguage()]);
    return { lang, messages: sidebarMessages(lang) };
  });
}

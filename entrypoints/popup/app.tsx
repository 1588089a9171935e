import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/popup/api';
import type { TeamView } from '../../lib/domain/views';
import { POPUP_LAST_REP_KEY, sendMessage } from '../../lib/messaging';
import type { PopupStart } from '../../lib/messaging/protocol';
import { download } from '../../components/ui/download';

/**
 * Wires the popup's components to the extension: messages to the background, storage.local for the
 * last rep, the clipboard, printing, file downloads and opening the options page.
 */
/** `?today=YYYY-MM-DD` (tests, demo) or the local calendar date. */
export function todayFromUrl(search: string, now: Date = new Date()): string {
  const q = new URLSearchParams(search).get('today');
  if (q && /^\d{4}-\d{2}-\d{2}$/.test(q)) return q;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}


export interface PopupWiring extends PopupApi {
  /** Settings, language and strings (`popup.start`), asked right behind the team view. */
  start(): Promise<PopupStart>;
  /** Resolves once the first team view has come (or failed), or after `ms`, whichever is first. */
  firstTeamSettled(ms: number): Promise<void>;
}

export function createPopupApi(today: string): PopupWiring {
  // The team view is requested before anything else renders: it is the popup's time to content.
  let firstTeam: Promise<TeamView> | null = sendMessage('view.team', { today });
  let arrived: TeamView | null = null;
  // Settings, language and strings: asked once per popup (main.tsx renders with them, the period
  // picker needs the fiscal calendar), right behind the team view.
  const start = sendMessage('popup.start', { languages: [...navigator.languages] });
  // Today's automatic snapshot if the daily alarm has not run (browser closed at the time); asked
  // only after the team view so computing it never delays the popup's first content.
  const ensureSnapshot = () => { sendMessage('snapshots.ensureToday', { today }).catch(() => undefined); };
  const settled: Promise<void> = firstTeam.then((v) => { arrived = v; ensureSnapshot(); }, ensureSnapshot);
  return {
    today,
    demoUrl: import.meta.env.MODE === 'demo' ? 'http://127.0.0.1:5178/deals' : null,
    start: () => start,
    settings: () => start.then((s) => s.settings),
    firstTeamIfArrived: () => (firstTeam ? arrived : null),
    firstTeamSettled: (ms) => Promise.race([settled, new Promise<void>((resolve) => setTimeout(resolve, ms))]),
    team(period) {
      if (period === undefined && firstTeam) {
        const p = firstTeam;
        firstTeam = null;
        return p;
      }
      return sendMessage('view.team', { today, ...(period ? { period } : {}) });
    },
    rep: (owner, period) => sendMessage('view.rep', { owner, period, today }),
    saveAgenda: async (owner, period, items, notes) => { await sendMessage('agenda.save', { owner, period, items, notes }); },
    saveCsat: async (owner, period, value) => { await sendMessage('csat.set', { owner, period, value }); },
    async exportData(format) {
      if (format === 'csv') {
        // UTF-8 with BOM comes from the handler, so spreadsheet programs read Chinese text.
        return download(`pacer-snapshots-${today}.csv`, 'text/csv;charset=utf-8', await sendMessage('data.exportSnapshotsCsv', undefined));
      }
      const backup = await sendMessage('data.export', undefined);
      return download(`pacer-backup-${today}.json`, 'application/json', JSON.stringify(backup, null, 2));
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    print: () => window.print(),
    openGoals(owner, period) {
      const hash = `#/goals?${new URLSearchParams({ owner, period }).toString()}`;
      void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}${hash}` });
    },
    async lastRep() {
      const v: unknown = (await browser.storage.local.get(POPUP_LAST_REP_KEY))[POPUP_LAST_REP_KEY];
      return typeof v === 'string' ? v : null;
    },
    rememberRep: (owner) => browser.storage.local.set({ [POPUP_LAST_REP_KEY]: owner }),
    async teachPage() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return false;
      try {
        const opened = await sendMessage('teach.open', undefined, tab.id);
        if (opened) window.close();
        return opened;
      } catch {
        return false; // no content script in that tab
      }
    },
  };
}

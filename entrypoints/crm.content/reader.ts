import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind } from '../../lib/crm/contract';
import { ChangeTracker, createStore, type Store } from '../../lib/crm/change-tracker';
import { extractWith, type Readers } from '../../lib/crm/extract-core';
import type { TaughtSelectors } from '../../lib/crm/generic/taught';
import type { ExtractedDeal } from '../../lib/domain/deal';
import type { Settings } from '../../lib/domain/settings';
import { sendMessage } from '../../lib/messaging/content';

/** What the sidebar shows about the read of this tab. */
export interface ReaderStatus {
  adapterId: string | null;
  pageKind: PageKind;
  dealsOnPage: number;
  /** Distinct deals read on this page so far (grows as a virtualized list scrolls). */
  rowsRead: number;
  lastSentAt: string | null;
  warnings: string[];
  /** Plain reason when sending failed (background asleep, extension reloaded…). */
  error: string | null;
  /** The deals the last read found on the page (the sidebar's "see the rows read"). */
  deals: readonly ExtractedDeal[];
  /** The page's signed-in user when it shows one (offered as "me" by the sidebar). */
  currentUser: string | null;
}

export interface Reader {
  status: Store<ReaderStatus>;
  /** Re-read now (e.g. after settings changed). */
  rescan(): void;
  /** Fetch the taught mapping for this URL again (after teach mode saved one), then re-read. */
  reloadMapping(): Promise<void>;
}

/** Pacer's own UI hosts (sidebar, teach mode): mutations inside them are ours, never a reason to re-read. */
const OWN_HOST = 'pacer-sidebar,pacer-teach';
const OWN_TAGS = new Set(['pacer-sidebar', 'pacer-teach']);
const DEBOUNCE_MS = 400;

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * One user-timing entry per read (`pacer:read`: read, compare, send and wait for the store), so
 * DevTools' performance panel and `npm run bench` see what Pacer costs the page. Counts only: no
 * page data goes into the timeline.
 */
function timing(start: number, deals: number, sent: number): void {
  try {
    performance.measure('pacer:read', { start, end: performance.now(), detail: { deals, sent } });
  } catch {
    /* user timing unavailable: nothing to report */
  }
}

function isOwnMutation(m: MutationRecord): boolean {
  const node = m.target;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (el?.closest(OWN_HOST)) return true;
  const added = Array.from(m.addedNodes);
  return added.length > 0 && added.every((n) => n.nodeType === 1 && OWN_TAGS.has((n as Element).localName));
}

/**
 * The content script's read loop: pick the adapter for the URL, extract, send only deals that
 * are new or changed, and read again on in-app navigation, relevant DOM mutations (debounced)
 * and scrolling (virtualized lists). Stops when the extension context goes away.
 */
export function startReader(ctx: ContentScriptContext, readers: Readers): Reader {
  const tracker = new ChangeTracker();
  const status = createStore<ReaderStatus>({ adapterId: null, pageKind: 'other', dealsOnPage: 0, rowsRead: 0, lastSentAt: null, warnings: [], error: null, deals: [], currentUser: null });
  let settings: Settings | null = null;
  let timer: number | null = null;
  let sending = false;
  let again = false;

  const loadSettings = async () => {
    try {
      settings = await sendMessage('settings.get', undefined);
    } catch {
      settings = null; // defaults: every CRM on, default stage mapping
    }
  };

  // A mapping the user taught for this host + path (teach mode) is read before any adapter.
  let mapping: TaughtSelectors | null = null;
  const loadMapping = async () => {
    try {
      const found = await sendMessage('mappings.forUrl', { url: location.href });
      mapping = [...found].sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))[0] ?? null;
    } catch {
      mapping = null;
    }
  };

  // The page's text when the last read was fully delivered (null: read again regardless). A
  // mutation that leaves the text as it was (a toast's empty container, a class, a spinner
  // node) needs no new extraction: comparing the text costs about a bare DOM walk, a tenth of
  // a read (npm run bench, reread-10k-unchanged). Scrolling, navigation, settings and mappings
  // always read again (shadow-root content is not in textContent).
  let lastText: string | null = null;
  let lastHref = '';

  const read = async (force = true): Promise<void> => {
    if (ctx.isInvalid) return;
    if (sending) { again = true; return; }
    const started = performance.now();
    const url = new URL(location.href);
    const text = document.body?.textContent ?? '';
    if (!force && text === lastText && url.href === lastHref) { timing(started, status.get().dealsOnPage, 0); return; }
    lastText = null;
    const result = extractWith(readers, document, url, { settings, today: localToday(), mapping });
    const changed = tracker.changed(result.deals);
    status.set({ adapterId: result.adapter, pageKind: result.pageKind, dealsOnPage: result.deals.length, rowsRead: tracker.rowsRead, warnings: result.warnings, deals: result.deals, currentUser: result.currentUser ?? null });
    const delivered = () => { lastText = text; lastHref = url.href; };
    if (!result.adapter || changed.length === 0) { delivered(); timing(started, result.deals.length, 0); return; }
    sending = true;
    try {
      await sendMessage('deals.ingest', { url: url.href, adapter: result.adapter, pageKind: result.pageKind, deals: changed });
      tracker.commit(changed);
      delivered();
      status.set({ lastSentAt: new Date().toISOString(), error: null });
    } catch (e) {
      if (!ctx.isInvalid) status.set({ error: e instanceof Error ? e.message : String(e) });
    } finally {
      sending = false;
      timing(started, result.deals.length, changed.length);
      if (again && !ctx.isInvalid) { again = false; schedule(true); }
    }
  };

  let forceNext = false;
  /** Debounced read; `force` = read even if the page's text is unchanged. */
  const schedule = (force: boolean) => {
    if (ctx.isInvalid) return;
    forceNext ||= force;
    if (timer !== null) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = null;
      const f = forceNext;
      forceNext = false;
      void read(f);
    }, DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    if (records.some((m) => !isOwnMutation(m))) schedule(false);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    tracker.newPage();
    status.set({ rowsRead: 0, dealsOnPage: 0, warnings: [], deals: [] });
    void loadMapping().then(() => schedule(true));
  });
  // Virtualized grids swap rows on scroll; mutations inside shadow roots are invisible to the observer.
  ctx.addEventListener(document, 'scroll', () => schedule(true), { capture: true, passive: true });

  void Promise.all([loadSettings(), loadMapping()]).then(() => read());
  return { status, rescan: () => schedule(true), reloadMapping: () => loadMapping().then(() => read()) };
}

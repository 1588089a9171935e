import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageKind, RowSlice } from '../../lib/crm/contract';
import { ChangeTracker, createStore, type Store } from '../../lib/crm/change-tracker';
import { extractWith, type PageExtraction, type Readers } from '../../lib/crm/extract-core';
import type { TaughtSelectors } from '../../lib/crm/generic/taught';
import type { ReadMemo } from '../../lib/crm/row-slice';
import type { ExtractedDeal } from '../../lib/domain/deal';
import type { Settings } from '../../lib/domain/settings';
import { sendMessage } from '../../lib/messaging/content';
import { createReadScheduler, type ReadKind } from './read-scheduler';
import { ROW_READS, type RowReads } from './row-reads';
import { yieldToHost } from './sliced-read';

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

/** Deals per `deals.ingest`: a 10k-row first read goes in a few messages, each cheap to serialize (~10 ms). */
const SEND_CHUNK = 1000;
/** `deals.ingest` messages a read keeps in flight (two: one being stored, the next one arriving). */
const IN_FLIGHT = 2;
/** Deals fingerprinted per task (~50 us each on a slow machine: far below a 50 ms long task). */
const FINGERPRINT_CHUNK = 250;

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** When Pacer started on this page (`npm run bench` judges its first read and mount from here). */
function mark(): void {
  try {
    performance.mark('pacer:start');
  } catch {
    /* user timing unavailable */
  }
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

/**
 * The content script's read loop: pick the adapter for the URL, extract, send only deals that
 * are new or changed, and read again on in-app navigation, relevant DOM mutations and scrolling
 * (virtualized lists). A list is read in slices of rows, each its own short task
 * (./sliced-read.ts), so even a 50k-row page never blocks the CRM for a long task; mutations
 * that cannot change a deal schedule nothing (./mutation-relevance.ts), and a page that mutates
 * all the time is still re-read every few seconds (./read-scheduler.ts). Stops when the
 * extension context goes away.
 */
export function startReader(ctx: ContentScriptContext, readers: Readers): Reader {
  return startReaderWith(ctx, readers, ROW_READS);
}

/**
 * `startReader` with how rows are read passed in (./row-reads.ts): generic.js, none of whose
 * readers counts rows, passes WHOLE_READS and so bundles neither the slicer nor the row-aware
 * mutation relevance.
 */
export function startReaderWith(ctx: ContentScriptContext, readers: Readers, rows: RowReads): Reader {
  mark();
  const tracker = new ChangeTracker();
  const status = createStore<ReaderStatus>({ adapterId: null, pageKind: 'other', dealsOnPage: 0, rowsRead: 0, lastSentAt: null, warnings: [], error: null, deals: [], currentUser: null });
  let settings: Settings | null = null;
  let reading = false;
  let again: ReadKind | null = null;
  // Bumped on in-app navigation: a read still slicing the old page stops.
  let generation = 0;
  // The last read was a list read row by row: text outside the rows can be ignored (relevance).
  let rowsKnown = false;
  // The URL and row count of the last read that was fully delivered: a `check` that finds the
  // same needs no read (scroll, navigation, settings and mappings always read).
  let delivered: { href: string; rows: number } | null = null;

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

  // What the probe and slices of the current read share (tables, rows, verdicts): dropped by the
  // observer below when the page changes between slices, so the next slice collects afresh.
  let memo: ReadMemo | null = null;
  const extract = (url: URL, rows: RowSlice): PageExtraction => extractWith(readers, document, url, { settings, today: localToday(), mapping, rows, memo: (memo ??= new Map()) });

  /** Fingerprints the deals a few hundred per task (10k JSON fingerprints are long tasks), in messages of SEND_CHUNK. */
  const changedChunks = async (deals: readonly ExtractedDeal[]): Promise<ExtractedDeal[][]> => {
    const changed: ExtractedDeal[] = [];
    for (let i = 0; i < deals.length; i += FINGERPRINT_CHUNK) {
      if (i > 0) await yieldToHost();
      changed.push(...tracker.changed(deals.slice(i, i + FINGERPRINT_CHUNK)));
    }
    const out: ExtractedDeal[][] = [];
    for (let i = 0; i < changed.length; i += SEND_CHUNK) out.push(changed.slice(i, i + SEND_CHUNK));
    return out;
  };

  const read = async (kind: ReadKind): Promise<void> => {
    if (ctx.isInvalid) return;
    if (reading) { again = again === 'read' || kind === 'read' ? 'read' : 'check'; return; }
    reading = true;
    // A read sees the page as it is now: requests from mutations before it (a page still
    // settling while the first read waited for settings) are answered by it, not by a second
    // whole read right after (npm run bench: a second 10k-row read inside the first one's span).
    if (kind === 'read') scheduler.cancel();
    const gen = generation;
    const started = performance.now();
    const url = new URL(location.href);
    const aborted = () => ctx.isInvalid || gen !== generation || location.href !== url.href;
    let sent = 0;
    memo = null;
    try {
      // The zero-row probe: the row count (readers that read row by row) and what a slice costs
      // besides its rows. A reader that does not slice returns the whole page here.
      const probe = extract(url, { from: 0, count: 0 });
      const probeMs = performance.now() - started;
      // Known before slicing: a clock ticking outside the rows during this read schedules nothing.
      rowsKnown = probe.rowCount !== undefined && probe.pageKind === 'list' && !mapping;
      if (kind === 'check' && probe.rowCount !== undefined && delivered?.href === url.href && delivered.rows === probe.rowCount) {
        timing(started, status.get().dealsOnPage, 0);
        return;
      }
      const result = probe.rowCount === undefined ? probe : await rows.slices((slice) => extract(url, slice), probe, probeMs, { now: () => performance.now(), pause: yieldToHost, aborted });
      if (!result) {
        // Not navigation (that reads on its own): the page changed reader or kind mid-read.
        if (!ctx.isInvalid && gen === generation) again = 'read';
        return;
      }
      rowsKnown = result.rowCount !== undefined && result.pageKind === 'list' && !mapping;
      delivered = null;
      const chunks = result.adapter ? await changedChunks(result.deals) : [];
      status.set({ adapterId: result.adapter, pageKind: result.pageKind, dealsOnPage: result.deals.length, rowsRead: tracker.rowsRead, warnings: result.warnings, deals: result.deals, currentUser: result.currentUser ?? null });
      // Up to IN_FLIGHT messages at once: the background validates the next batch while
      // IndexedDB commits the last (its transactions still apply them in order).
      const inFlight: Promise<void>[] = [];
      for (const changed of chunks) {
        if (ctx.isInvalid) return;
        const delivery = sendMessage('deals.ingest', { url: url.href, adapter: result.adapter!, pageKind: result.pageKind, deals: changed }).then(() => {
          tracker.commit(changed);
          sent += changed.length;
          status.set({ lastSentAt: new Date().toISOString(), error: null });
        });
        delivery.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
        inFlight.push(delivery);
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      await Promise.all(inFlight);
      delivered = { href: url.href, rows: result.rowCount ?? -1 };
      timing(started, result.deals.length, sent);
    } catch (e) {
      if (!ctx.isInvalid) status.set({ error: e instanceof Error ? e.message : String(e) });
      timing(started, status.get().dealsOnPage, sent);
    } finally {
      memo = null;
      reading = false;
      if (again && !ctx.isInvalid) {
        const k = again;
        again = null;
        scheduler.request(k);
      }
    }
  };

  const scheduler = createReadScheduler((k) => void read(k), {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    now: () => performance.now(),
  });

  const observer = new MutationObserver((records) => {
    const k = rows.relevance(records, rowsKnown);
    if (k) {
      memo = null;
      scheduler.request(k);
    }
  });
  // childList + characterData only: attribute changes (selection, hover, ARIA state) carry no deal data.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    scheduler.cancel();
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    generation++;
    tracker.newPage();
    rowsKnown = false;
    delivered = null;
    status.set({ rowsRead: 0, dealsOnPage: 0, warnings: [], deals: [] });
    void loadMapping().then(() => scheduler.request('read'));
  });
  // Virtualized grids swap rows on scroll; mutations inside shadow roots are invisible to the observer.
  ctx.addEventListener(document, 'scroll', () => {
    memo = null;
    scheduler.request('read');
  }, { capture: true, passive: true });

  // The first messages in a task after the script's own: the first extension-API call builds
  // its bindings (~5-10 ms), which made the evaluation task a long one on a busy page.
  ctx.setTimeout(() => void Promise.all([loadSettings(), loadMapping()]).then(() => read('read')), 0);
  return { status, rescan: () => scheduler.request('read'), reloadMapping: () => loadMapping().then(() => read('read')) };
}

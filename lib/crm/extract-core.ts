import type { ExtractedDeal } from '../domain/deal';
import type { Settings } from '../domain/settings';
import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind, RowSlice } from './contract';
import type { TaughtSelectors } from './generic/taught';
import type { ReadMemo } from './row-slice';

export interface PageExtraction {
  adapter: string | null;
  url: string;
  pageKind: PageKind;
  deals: ExtractedDeal[];
  warnings: string[];
  /** The page's signed-in user when the adapter can tell (ExtractResult.currentUser). */
  currentUser?: string | null;
  /** How many rows the page's list/board has in all (ExtractResult.rowCount); absent when the reader doesn't count rows. */
  rowCount?: number;
}

export interface ExtractPageOptions {
  settings?: Pick<Settings, 'disabledCrms' | 'stageStatus'> | null;
  today?: string;
  locale?: string;
  /** A mapping the user taught for this page (teach mode): read with it before any adapter. */
  mapping?: TaughtSelectors | null;
  /** Read only this slice of the page's rows (ExtractOptions.rows); absent: every row. */
  rows?: RowSlice;
  /** What the slices of one read share (ExtractOptions.memo). */
  memo?: ReadMemo;
}

/** Reads a page with a taught mapping (lib/crm/generic/taught.ts `readTaught`). */
export type TaughtReader = (root: ParentNode, url: URL, mapping: TaughtSelectors, o: ExtractOptions) => ExtractResult;

/**
 * What one content script can read: its adapters (most specific first), an optional fallback
 * for pages none of them claims (the generic readers), and the taught-mapping reader. Each
 * CRM's content script bundles only its own adapter; `npm run extract` and the custom-domain
 * script pass every adapter (./extract-page.ts).
 */
export interface Readers {
  adapters: readonly CrmAdapter[];
  fallback?: CrmAdapter | null;
  /** Where the fallback may read (./extract-page.ts: never on a built-in CRM's own host). */
  fallbackOn?: (url: URL) => boolean;
  readTaught?: TaughtReader | null;
}

/** The adapter for a page among `r`, skipping CRMs the user switched off in settings. */
export function pickAdapter(r: Readers, url: URL, settings?: Pick<Settings, 'disabledCrms'> | null): CrmAdapter | null {
  const disabled = new Set(settings?.disabledCrms ?? []);
  const builtIn = r.adapters.find((a) => !disabled.has(a.id) && a.matches(url));
  if (builtIn) return builtIn;
  // No built-in adapter: the fallback (generic readers, issue #5), unless switched off too.
  const f = r.fallback;
  if (!f || disabled.has(f.id) || (r.fallbackOn && !r.fallbackOn(url))) return null;
  return f.matches(url) ? f : null;
}

const rowCountOf = (res: ExtractResult): { rowCount?: number } => (res.rowCount !== undefined ? { rowCount: res.rowCount } : {});

/**
 * The options an adapter (or the taught reader) gets for this read; the stage settings are those
 * of `crm`, the CRM whose stage labels the page shows. One place for both calls below.
 */
function readOptions(o: ExtractPageOptions, crm: string): ExtractOptions {
  const stageStatus = o.settings?.stageStatus?.[crm];
  return {
    ...(o.today ? { today: o.today } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(stageStatus ? { stageStatus } : {}),
    ...(o.rows ? { rows: o.rows } : {}),
    ...(o.memo ? { memo: o.memo } : {}),
  };
}

/**
 * The one extraction path: the content scripts and `npm run extract` all call this, so a saved
 * page reads exactly as it does in the browser. Adapter errors become warnings, never throws.
 */
export function extractWith(r: Readers, root: ParentNode, url: URL, o: ExtractPageOptions = {}): PageExtraction {
  if (o.mapping && r.readTaught) {
    // The user's own teaching beats every built-in guess for this page (issue #5). On a built-in
    // CRM's page its stage labels are that CRM's: its stage settings apply (lib/crm/record-owner.ts).
    const pageCrm = r.adapters.find((a) => a.matches(url))?.id ?? 'generic';
    const taught = r.readTaught(root, url, o.mapping, readOptions(o, pageCrm));
    if (taught.deals.length > 0 || (o.rows && taught.rowCount !== undefined && taught.rowCount > 0)) {
      // A slice past the taught rows' end is empty, not a reason to fall back to the adapter.
      return { adapter: 'generic', url: url.href, pageKind: 'list', deals: taught.deals, warnings: taught.warnings, ...rowCountOf(taught) };
    }
    const res = extractByAdapter(pickAdapter(r, url, o.settings), root, url, o);
    return { ...res, warnings: [...taught.warnings, ...res.warnings] };
  }
  return extractByAdapter(pickAdapter(r, url, o.settings), root, url, o);
}

/**
 * Reads the page with `adapter` (no taught mapping), or says why nothing read it. `npm run
 * extract --adapter` calls it with the adapter it forces (./extract-page.ts).
 */
export function extractByAdapter(adapter: CrmAdapter | null, root: ParentNode, url: URL, o: ExtractPageOptions, why = 'No adapter reads pages of this address.'): PageExtraction {
  if (!adapter) return { adapter: null, url: url.href, pageKind: 'other', deals: [], warnings: [why] };
  try {
    const pageKind = adapter.pageKind(url, root);
    const result = adapter.extract(root, url, readOptions(o, adapter.id));
    return { adapter: adapter.id, url: url.href, pageKind, deals: result.deals, warnings: result.warnings, currentUser: result.currentUser ?? null, ...rowCountOf(result) };
  } catch (e) {
    return { adapter: adapter.id, url: url.href, pageKind: 'other', deals: [], warnings: [`The ${adapter.label} reader failed: ${String(e)}`] };
  }
}

import type { ExtractedDeal } from '../domain/deal';
import type { Settings } from '../domain/settings';
import type { CrmAdapter, PageKind } from './contract';
import { readTaught, type TaughtSelectors } from './generic/taught';
import { adapterById, adapterFor } from './registry';

export interface PageExtraction {
  adapter: string | null;
  url: string;
  pageKind: PageKind;
  deals: ExtractedDeal[];
  warnings: string[];
  /** The page's signed-in user when the adapter can tell (ExtractResult.currentUser). */
  currentUser?: string | null;
}

export interface ExtractPageOptions {
  /** Force an adapter by id instead of choosing by URL. */
  adapterId?: string;
  settings?: Pick<Settings, 'disabledCrms' | 'stageStatus'> | null;
  today?: string;
  locale?: string;
  /** A mapping the user taught for this page (teach mode): read with it before any adapter. */
  mapping?: TaughtSelectors | null;
}

/**
 * The one extraction path: the content script and `npm run extract` both call this, so a saved
 * page reads exactly as it does in the browser. Adapter errors become warnings, never throws.
 */
export function extractPage(root: ParentNode, url: URL, o: ExtractPageOptions = {}): PageExtraction {
  if (o.mapping && !o.adapterId) {
    // The user's own teaching beats every built-in guess for this page (issue #5).
    const taught = readTaught(root, url, o.mapping, {
      ...(o.today ? { today: o.today } : {}),
      ...(o.locale ? { locale: o.locale } : {}),
      ...(o.settings?.stageStatus?.generic ? { stageStatus: o.settings.stageStatus.generic } : {}),
    });
    if (taught.deals.length > 0) return { adapter: 'generic', url: url.href, pageKind: 'list', deals: taught.deals, warnings: taught.warnings };
    const r = extractByAdapter(root, url, o);
    return { ...r, warnings: [...taught.warnings, ...r.warnings] };
  }
  return extractByAdapter(root, url, o);
}

function extractByAdapter(root: ParentNode, url: URL, o: ExtractPageOptions): PageExtraction {
  const adapter: CrmAdapter | null = o.adapterId ? adapterById(o.adapterId) : adapterFor(url, o.settings);
  if (!adapter) {
    const why = o.adapterId ? `No adapter with id "${o.adapterId}".` : 'No adapter reads pages of this address.';
    return { adapter: null, url: url.href, pageKind: 'other', deals: [], warnings: [why] };
  }
  try {
    const pageKind = adapter.pageKind(url, root);
    const result = adapter.extract(root, url, {
      ...(o.today ? { today: o.today } : {}),
      ...(o.locale ? { locale: o.locale } : {}),
      ...(o.settings?.stageStatus?.[adapter.id] ? { stageStatus: o.settings.stageStatus[adapter.id] } : {}),
    });
    return { adapter: adapter.id, url: url.href, pageKind, deals: result.deals, warnings: result.warnings, currentUser: result.currentUser ?? null };
  } catch (e) {
    return { adapter: adapter.id, url: url.href, pageKind: 'other', deals: [], warnings: [`The ${adapter.label} reader failed: ${String(e)}`] };
  }
}

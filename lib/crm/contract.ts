import type { DealStatus } from '../domain/primitives';
import type { ExtractedDeal } from '../domain/deal';
import type { ReadMemo } from './row-slice';

/**
 * The adapter contract (issue #4). An adapter is pure: a root node and a URL in, deals out.
 * It never touches extension APIs, storage or the network; the content script and
 * `npm run extract` call it the same way.
 */
export type PageKind = 'list' | 'board' | 'record' | 'other';

export interface ExtractOptions {
  /** YYYY-MM-DD, for relative dates ("Today", "Yesterday"). Defaults to the local date. */
  today?: string;
  /** stage label → status overrides from settings (issue #9), for this adapter's CRM. */
  stageStatus?: Readonly<Record<string, DealStatus>>;
  /** BCP 47 language of the page when the caller knows better than `<html lang>`. */
  locale?: string;
  /**
   * Read only rows [from, from + count) of the page's row list (list and board pages), so a caller
   * can split a 10k-row read into slices that each stay far below a 50 ms long task. Absent: every
   * row. Rows are counted in the reader's own order (document order of its row elements, merged
   * per record where a grid renders one record as several elements) before any row is judged, so
   * slices 0..k concatenated read what one whole read reads, except that a record shown twice on
   * the page comes once per slice it appears in: the caller keeps the first (by crm + sourceId).
   */
  rows?: RowSlice;
  /** Kept by the caller for the slices of one read, so a slice costs O(its rows) (lib/crm/row-slice.ts). */
  memo?: ReadMemo;
}

export interface RowSlice {
  from: number;
  count: number;
}

export interface ExtractResult {
  deals: ExtractedDeal[];
  /** Plain-language notes on what was skipped and why (shown by the sidebar and `npm run extract`). */
  warnings: string[];
  /** The signed-in user's name when the page shows it ("Signed in as …"), so the sidebar can offer it as "me". */
  currentUser?: string | null;
  /**
   * How many rows the page's list/board has (all of them, not just the slice). Absent when the
   * reader does not read row by row (record pages; taught/generic readers may ignore `rows` and
   * return all).
   */
  rowCount?: number;
}

export interface CrmAdapter {
  /** Stored as `deal.crm`: `salesforce`, `hubspot`, `pipedrive`, `zoho`, `dynamics`, `demo`, `generic`. */
  readonly id: string;
  /** Display name (a product name, not translated). */
  readonly label: string;
  /** Pure URL logic: does this adapter handle pages of this URL? */
  matches(url: URL): boolean;
  /** What kind of page this is (URL first, DOM when the URL cannot tell). */
  pageKind(url: URL, root: ParentNode): PageKind;
  extract(root: ParentNode, url: URL, options?: ExtractOptions): ExtractResult;
}

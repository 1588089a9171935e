import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind, RowSlice } from '../contract';
import { pageLocale } from '../dom';
import type { RowContext } from '../row-deal';
import type { ReadMemo } from '../row-slice';
import { readRecord } from './record';
import { isSalesforceHost, recordIdFromUrl, salesforcePageKind } from './urls';

function context(root: ParentNode, options: ExtractOptions | undefined): RowContext {
  return { crm: 'salesforce', locale: options?.locale ?? pageLocale(root), today: options?.today, stageStatus: options?.stageStatus };
}

export type ListReader = (root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo) => ExtractResult & { rowCount: number };

/**
 * A Salesforce adapter with the given list reader; record pages (Lightning and Classic layouts)
 * go to the one record reader. Split so each content script bundles only the list reader its
 * hosts serve (issue #7): Lightning list views live on *.lightning.force.com, Classic list
 * tables on *.my.salesforce.com. Each variant is its own module so a script imports only its own.
 */
export function salesforceWith(readList: ListReader): CrmAdapter {
  return {
    id: 'salesforce',
    label: 'Salesforce',
    matches: (url) => isSalesforceHost(url),
    pageKind: (url): PageKind => salesforcePageKind(url),
    extract(root, url, options): ExtractResult {
      const kind = salesforcePageKind(url);
      const ctx = context(root, options);
      if (kind === 'record') return readRecord(root, url, recordIdFromUrl(url) ?? '', ctx);
      if (kind !== 'list') return { deals: [], warnings: [] };
      return readList(root, url, ctx, options?.rows, options?.memo);
    },
  };
}

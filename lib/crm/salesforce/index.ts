import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../contract';
import { pageLocale } from '../dom';
import type { RowContext } from '../row-deal';
import { readClassicList } from './classic';
import { readLightningList } from './list';
import { readRecord } from './record';
import { SELECTORS } from './selectors';
import { isSalesforceHost, recordIdFromUrl, salesforcePageKind } from './urls';

function context(root: ParentNode, options: ExtractOptions | undefined): RowContext {
  return { crm: 'salesforce', locale: options?.locale ?? pageLocale(root), today: options?.today, stageStatus: options?.stageStatus };
}

/** Salesforce Lightning (list views in light or shadow DOM, record pages) and Classic list tables. */
export const salesforceAdapter: CrmAdapter = {
  id: 'salesforce',
  label: 'Salesforce',
  matches: (url) => isSalesforceHost(url),
  pageKind: (url): PageKind => salesforcePageKind(url),
  extract(root, url, options): ExtractResult {
    const kind = salesforcePageKind(url);
    const ctx = context(root, options);
    if (kind === 'record') return readRecord(root, url, recordIdFromUrl(url) ?? '', ctx);
    if (kind !== 'list') return { deals: [], warnings: [] };
    const lightning = readLightningList(root, url, ctx, options?.rows);
    // A slice of a Lightning list may hold no deal (past the end): still the Lightning list.
    if (lightning.deals.length || (options?.rows && lightning.rowCount > 0) || !root.querySelector(SELECTORS.classicTable)) return lightning;
    const classic = readClassicList(root, url, ctx, options?.rows);
    return { deals: classic.deals, warnings: [...lightning.warnings, ...classic.warnings], rowCount: classic.rowCount };
  },
};

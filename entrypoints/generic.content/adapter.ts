import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../../lib/crm/contract';
import { GENERIC_CRM } from '../../lib/crm/generic/build-deal';
import { findGrids } from '../../lib/crm/generic/find-grids';
import { judgeHeaders, readTables } from '../../lib/crm/generic/table';
import type { BoardReader } from './board-bridge';

/**
 * lib/crm/generic's `genericAdapter` with its board reader passed in, so generic.js can load
 * it on demand (./board-bridge.ts). The same decisions, in the same order: lists first, a
 * board only when the page's tables yield no deals (test/unit/crm/generic-lazy-boards.test.ts
 * checks both give the same results on every generic fixture).
 */
export function genericAdapterWith(readBoards: BoardReader): CrmAdapter {
  const extract = (root: ParentNode, url: URL, options: ExtractOptions): ExtractResult => {
    const lists = readTables(root, url, options);
    if (lists.deals.length > 0) return lists;
    const boards = readBoards(root, url, options);
    return { deals: boards.deals, warnings: [...lists.warnings, ...boards.warnings] };
  };
  const pageKind = (url: URL, root: ParentNode): PageKind => {
    if (findGrids(root).some((g) => judgeHeaders(g.headers).ok)) return 'list';
    return readBoards(root, url).deals.length > 0 ? 'board' : 'other';
  };
  return {
    id: GENERIC_CRM,
    label: 'Generic',
    matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    pageKind,
    extract: (root, url, options) => extract(root, url, options ?? {}),
  };
}

import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../contract';
import { GENERIC_CRM } from './build-deal';
import { findGrids } from './find-grids';
import { judgeHeaders, readTables } from './table';

/** The kanban reader (./board.ts `readBoards`), passed in so generic.js can load it on demand. */
export type BoardReader = (root: ParentNode, url: URL, o?: ExtractOptions) => ExtractResult;

/**
 * The fallback for CRMs without a built-in adapter (self-hosted, niche, in-house, custom
 * domains), with the given board reader. Lists first: a page whose tables yield deals is a list;
 * only otherwise do we look for a kanban board, so a table's rows are never mistaken for cards.
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
    // Any web page: the registry only falls back to this when no built-in adapter matches.
    matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
    pageKind,
    extract: (root, url, options) => extract(root, url, options ?? {}),
  };
}

import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../contract';
import { extractBoard } from './board';
import { readContext } from './common';
import { extractRecord } from './record';
import { HUBSPOT_SELECTORS } from './selectors';
import { extractTable } from './table';
import { HUBSPOT_HOST, hubspotLocation } from './urls';

/** URL first; when it cannot tell list from board (a view URL without a suffix), the DOM decides. */
function pageKind(url: URL, root: ParentNode): PageKind {
  const loc = hubspotLocation(url);
  if (loc.kind) return loc.kind;
  if (root.querySelector(HUBSPOT_SELECTORS.board.column)) return 'board';
  if (root.querySelector(HUBSPOT_SELECTORS.table.row)) return 'list';
  return 'other';
}

export const hubspotAdapter: CrmAdapter = {
  id: 'hubspot',
  label: 'HubSpot',
  matches: (url: URL) => HUBSPOT_HOST.test(url.hostname),
  pageKind,
  extract(root: ParentNode, url: URL, options?: ExtractOptions): ExtractResult {
    const ctx = readContext(root, url, options);
    switch (pageKind(url, root)) {
      case 'list': return extractTable(root, ctx);
      case 'board': return extractBoard(root, ctx);
      case 'record': return extractRecord(root, ctx);
      default: return { deals: [], warnings: [] };
    }
  },
};

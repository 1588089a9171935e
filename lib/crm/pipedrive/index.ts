import type { CrmAdapter, ExtractOptions, ExtractResult, PageKind } from '../contract';
import { extractBoard } from './board';
import { readContext } from './common';
import { extractList } from './list';
import { extractRecord } from './record';
import { PIPEDRIVE_HOST, pipedriveLocation } from './urls';

function pageKind(url: URL): PageKind {
  return pipedriveLocation(url).kind;
}

export const pipedriveAdapter: CrmAdapter = {
  id: 'pipedrive',
  label: 'Pipedrive',
  matches: (url: URL) => PIPEDRIVE_HOST.test(url.hostname),
  pageKind: (url: URL) => pageKind(url),
  extract(root: ParentNode, url: URL, options?: ExtractOptions): ExtractResult {
    const ctx = readContext(root, url, options);
    switch (pageKind(url)) {
      case 'list': return extractList(root, ctx);
      case 'board': return extractBoard(root, ctx);
      case 'record': return extractRecord(root, ctx);
      default: return { deals: [], warnings: [] };
    }
  },
};

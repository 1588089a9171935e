import { extractByAdapter, extractWith, type ExtractPageOptions, type PageExtraction } from './extract-core';
import { ALL_READERS } from './registry';

export type { ExtractPageOptions, PageExtraction } from './extract-core';
export { ALL_READERS } from './registry';

/**
 * Reads a page with every reader (`ALL_READERS`): `npm run extract`, the tests and the
 * custom-domain/demo content script. Each built-in CRM's content script calls the same
 * `extractWith` with its own adapter only, so a saved page reads as it does in the browser.
 */
export function extractPage(root: ParentNode, url: URL, o: ExtractPageOptions & { adapterId?: string } = {}): PageExtraction {
  const id = o.adapterId;
  if (!id) return extractWith(ALL_READERS, root, url, o);
  // A forced adapter (`npm run extract --adapter`): no taught mapping, no choosing by URL.
  const forced = ALL_READERS.adapters.find((a) => a.id === id) ?? (ALL_READERS.fallback?.id === id ? ALL_READERS.fallback : null);
  return extractByAdapter(forced, root, url, o, `No adapter with id "${id}".`);
}

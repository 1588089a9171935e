import { extractWith, type ExtractPageOptions, type PageExtraction } from './extract-core';
import { ALL_READERS } from './registry';

export type { ExtractPageOptions, PageExtraction } from './extract-core';
export { ALL_READERS } from './registry';

/**
 * Reads a page with every reader (`ALL_READERS`): `npm run extract`, the tests and the
 * custom-domain/demo content script. Each built-in CRM's content script calls the same
 * `extractWith` with its own adapter only, so a saved page reads as it does in the browser.
 */
export function extractPage(root: ParentNode, url: URL, o: ExtractPageOptions = {}): PageExtraction {
  return extractWith(ALL_READERS, root, url, o);
}

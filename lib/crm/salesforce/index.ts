import type { CrmAdapter } from '../contract';
import { salesforceWith } from './adapter-with';
import { readClassicList } from './classic';
import { readLightningList } from './list';
import { SELECTORS } from './selectors';

/**
 * Salesforce Lightning (list views in light or shadow DOM, record pages) and Classic list tables,
 * Lightning first, Classic when the page has no Lightning rows but a Classic table: the registry's
 * adapter (npm run extract, the all-readers script). The built-in hosts' content scripts each
 * carry one list reader (./lightning, ./classic-adapter).
 */
export const salesforceAdapter: CrmAdapter = salesforceWith((root, url, ctx, rows, memo) => {
  const lightning = readLightningList(root, url, ctx, rows, memo);
  // A slice of a Lightning list may hold no deal (past the end): still the Lightning list.
  if (lightning.deals.length || (rows && lightning.rowCount > 0) || !root.querySelector(SELECTORS.classicTable)) return lightning;
  const classic = readClassicList(root, url, ctx, rows, memo);
  return { deals: classic.deals, warnings: [...lightning.warnings, ...classic.warnings], rowCount: classic.rowCount };
});

import type { CrmAdapter, ExtractResult } from '../contract';
import { pageLocale } from '../dom';
import { readAgGrid } from './grid';
import { DYNAMICS_HOST, dynamicsLocation } from './urls';
import { readWijmoGrid } from './wijmo';

/** Dynamics 365 Sales (Unified Interface): opportunity views in the Power Apps grid or the older Wijmo grid. */
export const dynamicsAdapter: CrmAdapter = {
  id: 'dynamics',
  label: 'Dynamics 365',
  matches: (url) => DYNAMICS_HOST.test(url.hostname),
  pageKind: (url) => dynamicsLocation(url).kind,
  extract(root, url, options): ExtractResult {
    const loc = dynamicsLocation(url);
    if (loc.kind !== 'list') return { deals: [], warnings: loc.kind === 'record' ? ['Dynamics record forms are not read yet; open an opportunity view.'] : [] };
    const ctx = { crm: 'dynamics', locale: options?.locale ?? pageLocale(root), today: options?.today, stageStatus: options?.stageStatus };
    const ag = readAgGrid(root, url, ctx, options?.rows, options?.memo);
    // A slice of an ag-grid may hold no deal (past the end): still the ag-grid.
    if (ag.deals.length || (options?.rows && ag.rowCount > 0)) return ag;
    const wj = readWijmoGrid(root, url, ctx, options?.rows, options?.memo);
    return { deals: wj.deals, warnings: [...ag.warnings, ...wj.warnings], rowCount: wj.rowCount };
  },
};

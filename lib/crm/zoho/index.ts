import type { CrmAdapter, ExtractResult } from '../contract';
import { pageLocale } from '../dom';
import { readList, readRecord } from './list';
import { ZOHO_HOST, zohoLocation } from './urls';

/** Zoho CRM: deals list views (module `Deals`, URL name `Potentials`) and deal detail pages. */
export const zohoAdapter: CrmAdapter = {
  id: 'zoho',
  label: 'Zoho CRM',
  matches: (url) => ZOHO_HOST.test(url.hostname),
  pageKind: (url) => zohoLocation(url).kind,
  extract(root, url, options): ExtractResult {
    const loc = zohoLocation(url);
    const ctx = { crm: 'zoho', locale: options?.locale ?? pageLocale(root), today: options?.today, stageStatus: options?.stageStatus };
    if (loc.kind === 'record' && loc.recordId) return readRecord(root, url, loc.recordId, ctx);
    if (loc.kind === 'list') return readList(root, url, ctx, options?.rows, options?.memo);
    return { deals: [], warnings: [] };
  },
};

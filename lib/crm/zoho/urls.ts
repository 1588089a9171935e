import type { PageKind } from '../contract';

/** Zoho CRM data centres (crm.zoho.com, .eu, .in, .com.au, .jp, .com.cn, zohocloud.ca). */
export const ZOHO_HOST = /^crm\.(zoho\.(com|eu|in|com\.au|jp|com\.cn|sa|uk)|zohocloud\.ca)$/i;

/** The deals module has two names: `Deals` today, `Potentials` in URLs and older orgs. */
export const DEAL_MODULES = new Set(['Deals', 'Potentials']);

interface ZohoLocation { module: string | null; recordId: string | null; kind: PageKind }

/** `/crm/<org>/tab/<Module>/custom-view/<cvid>/list`, `/crm/<org>/tab/<Module>/<recordId>`, `/crm/tab/<Module>…` */
export function zohoLocation(url: URL): ZohoLocation {
  const m = /^\/crm\/(?:[^/]+\/)?tab\/([A-Za-z0-9_]+)(?:\/(.*))?$/.exec(url.pathname);
  if (!m?.[1]) return { module: null, recordId: null, kind: 'other' };
  const module = m[1];
  const rest = m[2] ?? '';
  if (!DEAL_MODULES.has(module)) return { module, recordId: null, kind: 'other' };
  const record = /^(\d{10,25})(?:\/|$)/.exec(rest);
  if (record?.[1]) return { module, recordId: record[1], kind: 'record' };
  if (/kanban/i.test(rest)) return { module, recordId: null, kind: 'board' };
  return { module, recordId: null, kind: 'list' };
}

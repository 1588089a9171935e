import type { Settings } from '../domain/settings';
import type { CrmAdapter } from './contract';
import { demoAdapter } from './demo';
import { dynamicsAdapter } from './dynamics';
import { genericAdapter } from './generic';
import { isBuiltInHost } from '../sites/custom-host';
import { hubspotAdapter } from './hubspot';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';

/**
 * Every built-in adapter, most specific first; `adapterFor` picks the first whose `matches(url)`
 * is true. One line per CRM. The demo adapter and the generic readers are added by their owners
 * (generic goes LAST: it matches any page).
 */
export const ADAPTERS: readonly CrmAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  pipedriveAdapter,
  demoAdapter,
  zohoAdapter,
  dynamicsAdapter,
];

/** The adapter for a page, skipping CRMs the user switched off in settings. */
export function adapterFor(url: URL | string, settings?: Pick<Settings, 'disabledCrms'> | null): CrmAdapter | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  const disabled = new Set(settings?.disabledCrms ?? []);
  const builtIn = ADAPTERS.find((a) => !disabled.has(a.id) && a.matches(u));
  if (builtIn) return builtIn;
  // No built-in adapter: the generic table/board readers (issue #5), unless switched off too.
  // Never on a built-in CRM's own host: a Salesforce report listing opportunities would come
  // back as `generic` copies of deals the Salesforce adapter stores (a taught mapping still works).
  if (disabled.has(genericAdapter.id) || isBuiltInHost(u.hostname.toLowerCase())) return null;
  return genericAdapter.matches(u) ? genericAdapter : null;
}

/** An adapter by id (`npm run extract --adapter`), or null. */
export function adapterById(id: string): CrmAdapter | null {
  return ADAPTERS.find((a) => a.id === id) ?? (id === genericAdapter.id ? genericAdapter : null);
}

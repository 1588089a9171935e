import type { Settings } from '../domain/settings';
import type { CrmAdapter } from './contract';
import { demoAdapter } from './demo';
import { dynamicsAdapter } from './dynamics';
import { pickAdapter, type Readers } from './extract-core';
import { genericAdapter } from './generic';
import { readTaught } from './generic/taught';
import { isBuiltInHost } from '../sites/custom-host';
import { hubspotAdapter } from './hubspot';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import { zohoAdapter } from './zoho';

/**
 * Every built-in adapter, most specific first; `adapterFor` picks the first whose `matches(url)`
 * is true. One line per CRM. The generic readers are the fallback (they match any page).
 */
export const ADAPTERS: readonly CrmAdapter[] = [
  salesforceAdapter,
  hubspotAdapter,
  pipedriveAdapter,
  demoAdapter,
  zohoAdapter,
  dynamicsAdapter,
];

/**
 * Every reader Pacer has: all built-in adapters, the generic readers as the fallback and taught
 * mappings first. `npm run extract` and the custom-domain/demo content script read with this;
 * each built-in CRM's content script reads with its own adapter only (entrypoints/<crm>.content).
 */
export const ALL_READERS: Readers = {
  adapters: ADAPTERS,
  fallback: genericAdapter,
  // Never on a built-in CRM's own host: a Salesforce report listing opportunities would come
  // back as `generic` copies of deals the Salesforce adapter stores (a taught mapping still works).
  fallbackOn: (url) => !isBuiltInHost(url.hostname.toLowerCase()),
  readTaught,
};

/** The adapter for a page, skipping CRMs the user switched off in settings. */
export function adapterFor(url: URL | string, settings?: Pick<Settings, 'disabledCrms'> | null): CrmAdapter | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return pickAdapter(ALL_READERS, u, settings);
}

/** An adapter by id (`npm run extract --adapter`), or null. */
export function adapterById(id: string): CrmAdapter | null {
  return ADAPTERS.find((a) => a.id === id) ?? (id === genericAdapter.id ? genericAdapter : null);
}

/**
 * Hosts with a built-in adapter, per adapter id. The manifest's host permissions and each CRM's
 * own content script (entrypoints/<crm>.content) both come from here, so adding a CRM is one
 * edit (and the permissions test names it). One constant per CRM so a CRM's script bundles only
 * its own patterns.
 */
/** Lightning Experience pages; Classic pages (and redirects into Lightning) on My Domain hosts. */
export const SALESFORCE_LIGHTNING_HOSTS = ['https://*.lightning.force.com/*'] as const;
export const SALESFORCE_CLASSIC_HOSTS = ['https://*.my.salesforce.com/*'] as const;
export const SALESFORCE_HOSTS = [...SALESFORCE_LIGHTNING_HOSTS, ...SALESFORCE_CLASSIC_HOSTS] as const;
export const HUBSPOT_HOSTS = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] as const;
export const PIPEDRIVE_HOSTS = ['https://*.pipedrive.com/*'] as const;
export const ZOHO_HOSTS = [
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.com.cn/*',
  'https://crm.zohocloud.ca/*',
] as const;
export const DYNAMICS_HOSTS = ['https://*.dynamics.com/*'] as const;

export const CRM_HOSTS = {
  salesforce: SALESFORCE_HOSTS,
  hubspot: HUBSPOT_HOSTS,
  pipedrive: PIPEDRIVE_HOSTS,
  zoho: ZOHO_HOSTS,
  dynamics: DYNAMICS_HOSTS,
} as const;

export type BuiltInCrm = keyof typeof CRM_HOSTS;

/** Every built-in CRM host. */
export const CRM_HOST_PATTERNS: readonly string[] = [...SALESFORCE_HOSTS, ...HUBSPOT_HOSTS, ...PIPEDRIVE_HOSTS, ...ZOHO_HOSTS, ...DYNAMICS_HOSTS];

/** The bundled demo CRM served by `npm start`; only in demo/development builds. */
export const DEMO_HOST_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

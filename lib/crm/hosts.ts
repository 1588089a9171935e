/**
 * Hosts with a built-in adapter. The manifest's host permissions and the content script's
 * matches both come from here, so adding a CRM is one edit (and the permissions test names it).
 */
export const CRM_HOST_PATTERNS = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://*.pipedrive.com/*',
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  'https://crm.zoho.jp/*',
  'https://crm.zoho.com.cn/*',
  'https://crm.zohocloud.ca/*',
  'https://*.dynamics.com/*',
] as const;

/** The bundled demo CRM served by `npm start`; only in demo/development builds. */
export const DEMO_HOST_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'] as const;

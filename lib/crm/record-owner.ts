import { isDemoUrl } from './demo/urls';
import { DYNAMICS_HOST, dynamicsLocation } from './dynamics/urls';
import { HUBSPOT_HOST } from './hubspot/urls';
import { normalizeGuid, salesforceId18 } from './parse';
import { dealIdFromHref, PIPEDRIVE_HOST } from './pipedrive/urls';
import { isSalesforceHost } from './salesforce/urls';
import { ZOHO_HOST, zohoLocation } from './zoho/urls';

/**
 * Whose deals a taught mapping reads on a built-in CRM's own pages. Teaching a Salesforce page
 * the adapter mis-reads must not store its deals a second time as `generic` deals: when a taught
 * row shows the CRM's own record id (in its record link, or a row attribute whose format can only
 * be that CRM's deal id) the deal is stored under the adapter's `crm` and `sourceId`, and merges
 * with what the adapter reads elsewhere. URL and id logic only (each adapter's own helpers), so
 * teach mode can bundle it without the adapters themselves.
 */
export interface RecordOwner {
  /** The adapter's id (`deal.crm`) and display name. */
  crm: string;
  label: string;
  /** Does this CRM own pages of this URL (the adapter's `matches`)? */
  matches: (url: URL) => boolean;
  /** The deal's id, as the adapter stores it, from a same-host record link; else null. */
  fromLink: (link: URL) => string | null;
  /** The deal's id from a row attribute, when its format cannot be anything else; else null. */
  fromAttr: (attr: string, value: string, pageUrl: URL) => string | null;
}

const SF_OPPORTUNITY = /(?:^|\/)(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)(?:[/?#]|$)/;
const never = (): null => null;
const decode = (s: string): string => {
  try { return decodeURIComponent(s); } catch { return s; }
};

export const RECORD_OWNERS: readonly RecordOwner[] = [
  {
    crm: 'salesforce', label: 'Salesforce', matches: isSalesforceHost,
    // `/lightning/r/Opportunity/006…/view`, `/lightning/r/006…/view`, Classic `/006…`: opportunities only (key prefix 006).
    fromLink: (u) => salesforceId18(SF_OPPORTUNITY.exec(u.pathname)?.[1]),
    fromAttr: (_a, v) => (/^006/.test(v.trim()) ? salesforceId18(v.trim()) : null),
  },
  {
    crm: 'hubspot', label: 'HubSpot', matches: (u) => HUBSPOT_HOST.test(u.hostname),
    fromLink: (u) => /\/(?:record\/0-3|deal)\/(\d+)(?:[/?#]|$)/.exec(u.pathname)?.[1] ?? null,
    fromAttr: never, // a bare number could be anything (a row number, a contact)
  },
  {
    crm: 'pipedrive', label: 'Pipedrive', matches: (u) => PIPEDRIVE_HOST.test(u.hostname),
    fromLink: (u) => dealIdFromHref(u.pathname),
    fromAttr: never,
  },
  {
    crm: 'zoho', label: 'Zoho CRM', matches: (u) => ZOHO_HOST.test(u.hostname),
    fromLink: (u) => { const l = zohoLocation(u); return l.kind === 'record' ? l.recordId : null; },
    fromAttr: never,
  },
  {
    crm: 'dynamics', label: 'Dynamics 365', matches: (u) => DYNAMICS_HOST.test(u.hostname),
    fromLink: (u) => { const l = dynamicsLocation(u); return l.kind === 'record' ? l.recordId : null; },
    // A GUID names a record of any entity; on an opportunity list it is the opportunity's.
    fromAttr: (_a, v, page) => (dynamicsLocation(page).entity === 'opportunity' ? normalizeGuid(v) : null),
  },
  {
    crm: 'demo', label: 'Harbor CRM (demo)', matches: isDemoUrl,
    fromLink: (u) => { const id = /^\/deals\/([^/]+)\/?$/.exec(u.pathname)?.[1]; return id ? decode(id).slice(0, 200) : null; },
    fromAttr: (a, v) => (a === 'data-deal-id' && v.trim() ? v.trim().slice(0, 200) : null),
  },
];

/** The built-in CRM whose pages these are, or null (a CRM Pacer has no adapter for). */
export function recordOwnerFor(url: URL): RecordOwner | null {
  return RECORD_OWNERS.find((o) => o.matches(url)) ?? null;
}

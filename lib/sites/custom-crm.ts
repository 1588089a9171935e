/**
 * Which built-in CRM a custom domain runs (options → Sites → "Which CRM is this?"). A company may
 * serve Salesforce, Dynamics… under its own domain; such a domain gets that CRM's own reader and
 * script (`sites.add { crm }`), any other the generic readers and teach mode. Pure: the options
 * page guesses a default as the user types.
 */

/** The CRMs a custom domain can be tied to: the ids `sites.add` accepts and the ones with a script of their own. */
export const CUSTOM_DOMAIN_CRMS = ['salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics'] as const;
export type CustomDomainCrm = (typeof CUSTOM_DOMAIN_CRMS)[number];

export function isCustomDomainCrm(id: unknown): id is CustomDomainCrm {
  return typeof id === 'string' && (CUSTOM_DOMAIN_CRMS as readonly string[]).includes(id);
}

/**
 * Name hints, checked per label of the host (split on dots and dashes) so `workforce.acme.com`
 * is not taken for Salesforce's `force.com`. Most specific first.
 */
const HINTS: readonly [CustomDomainCrm, RegExp][] = [
  ['salesforce', /^(?:.*salesforce.*|force|sfdc)$/],
  ['dynamics', /^(?:.*dynamics.*|d365)$/],
  ['hubspot', /hubspot/],
  ['pipedrive', /pipedrive/],
  ['zoho', /zoho/],
];

/** A sensible default for a host the user typed: the CRM its name mentions, else null (generic). */
export function guessCustomDomainCrm(host: string): CustomDomainCrm | null {
  const labels = host.toLowerCase().split(/[.-]+/).filter(Boolean);
  for (const [crm, re] of HINTS) if (labels.some((l) => re.test(l))) return crm;
  return null;
}

/** The CRM a listed domain is tied to, from settings.customDomainCrms (null: generic; unknown ids too). */
export function crmOfDomain(crms: Readonly<Record<string, string>>, host: string): CustomDomainCrm | null {
  const id = Object.hasOwn(crms, host) ? crms[host] : undefined;
  return isCustomDomainCrm(id) ? id : null;
}

import type { PageKind } from '../contract';

/** Opportunity ids always start with the key prefix 006 (contacts 003, accounts 001…). */
export const OPPORTUNITY_PREFIX = '006';

const HOSTS = /(^|\.)(lightning\.force\.com|my\.salesforce\.com|salesforce\.com|force\.com)$/i;

export function isSalesforceHost(url: URL): boolean {
  return HOSTS.test(url.hostname);
}

/** The object API name a Lightning/Classic URL is about, when the URL says. */
export function urlObject(url: URL): string | null {
  const p = url.pathname;
  let m = /^\/lightning\/o\/([A-Za-z0-9_]+)\//.exec(p);
  if (m?.[1]) return m[1];
  // Related lists are named by relationship (`Opportunities`), not by object.
  m = /^\/lightning\/r\/[A-Za-z0-9_]+\/[A-Za-z0-9]{15,18}\/related\/([A-Za-z0-9_]+)\//.exec(p);
  if (m?.[1]) return /^Opportunit(y|ies)$/.test(m[1]) ? 'Opportunity' : m[1];
  m = /^\/lightning\/r\/([A-Za-z_][A-Za-z0-9_]*)\/[A-Za-z0-9]{15,18}\//.exec(p);
  if (m?.[1]) return m[1];
  m = /^\/lightning\/r\/([A-Za-z0-9]{15,18})\//.exec(p);
  if (m?.[1]) return m[1].startsWith(OPPORTUNITY_PREFIX) ? 'Opportunity' : null;
  if (/^\/006(\/|$|\?)/.test(p) || /^\/006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?\/?$/.test(p)) return 'Opportunity';
  return null;
}

/** Record id of an opportunity record page, from the URL. */
export function recordIdFromUrl(url: URL): string | null {
  const p = url.pathname;
  const m = /^\/lightning\/r\/(?:Opportunity\/)?(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view/.exec(p) ?? /^\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/?$/.exec(p);
  return m?.[1] ?? null;
}

/**
 * Page kind from the URL alone: opportunity list views (Lightning object home, related lists,
 * Classic `/006?fcf=` and `/006/o`), opportunity record pages, and everything else (`other`,
 * which reads nothing: a contacts list is not a deals page).
 */
export function salesforcePageKind(url: URL): PageKind {
  if (!isSalesforceHost(url)) return 'other';
  if (recordIdFromUrl(url)) return 'record';
  if (urlObject(url) !== 'Opportunity') return 'other';
  const p = url.pathname;
  if (/^\/lightning\/o\/Opportunity\/(list|home)\b/.test(p)) return 'list';
  if (/\/related\/Opportunities\/view/.test(p) || /^\/lightning\/r\/[A-Za-z0-9_]+\/[A-Za-z0-9]{15,18}\/related\/Opportunit/.test(p)) return 'list';
  if (/^\/006(\/o)?\/?$/.test(p)) return 'list';
  return 'other';
}

/**
 * Record-id helpers: every CRM shows its ids in a few spellings; a deal seen on a list and on its
 * record page must get the same `sourceId`.
 */

const SF_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce id in its 18-character case-safe form (15-character ids get their checksum suffix). */
export function salesforceId18(id: string | null | undefined): string | null {
  if (!id || !SF_ID.test(id)) return null;
  if (id.length === 18) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SF_SUFFIX.charAt(bits);
  }
  return id + suffix;
}

/** Lower case, no braces: what normalizeGuid returns. */
const PLAIN_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GUID = /\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?/;

/** Dynamics GUID, lower case without braces; accepts `{…}`, `%7B…%7D` and upper case. */
export function normalizeGuid(text: string | null | undefined): string | null {
  if (!text) return null;
  if (PLAIN_GUID.test(text)) return text; // already normal (a grid's row-id): nothing to decode
  let s = text;
  try { s = decodeURIComponent(text); } catch { /* keep raw */ }
  const m = GUID.exec(s);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** A numeric id (HubSpot, Pipedrive, Zoho) of at least `minDigits` digits, or null. */
export function numericId(text: string | null | undefined, minDigits = 1): string | null {
  if (!text) return null;
  const m = /^\s*(\d+)\s*$/.exec(text);
  return m?.[1] && m[1].length >= minDigits ? m[1] : null;
}

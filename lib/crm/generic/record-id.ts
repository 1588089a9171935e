import { cleanText, safeRecordUrl } from '../parse';

// Same cap as lib/domain/deal ID_MAX; importing that module would pull zod into the content script.
const ID_MAX = 200;

/**
 * Record ids for deals read by the generic readers. A stable id lets Pacer follow one deal
 * across visits (stage changes, slips); the sources, best first: a data attribute on the row,
 * the record link (query id or last id-like path segment), else a hash of host + name (flagged,
 * because renaming the deal in the CRM then looks like a new deal).
 */
const ROW_ID_ATTRS = [
  'data-id', 'data-record-id', 'data-deal-id', 'data-opportunity-id', 'data-lead-id', 'data-row-id', 'data-rowid',
  'data-row-key', 'data-key', 'data-item-id', 'data-entity-id', 'data-pk', 'data-uid', 'data-guid', 'data-oid',
];
/** Attributes that look like ids but number the rows on screen, so they change when sorting. */
const POSITIONAL = /^data-(?:test-?id|index|row-?index|rowindex|aria-rowindex|position|pos|idx|qa|cy)$/i;
const QUERY_ID_KEYS = ['id', 'record', 'record_id', 'recordid', 'deal_id', 'dealid', 'opportunity_id', 'opportunityid',
  'lead_id', 'leadid', 'oid', 'uid', 'key'];
const GENERIC_SEGMENTS = /^(?:edit|view|show|detail|details|overview|index\.php|index|form|record|page)$/i;

const clampId = (s: string): string | null => {
  const v = cleanText(s, ID_MAX);
  return v && v.length <= 100 ? v : null;
};

/** The row's own id attribute (`data-id="42"`, `data-row-key="opp-7"`), or null. */
export function rowAttrId(row: Element): { attr: string; value: string } | null {
  for (const attr of ROW_ID_ATTRS) {
    const v = row.getAttribute(attr);
    const id = v ? clampId(v) : null;
    if (id) return { attr, value: id };
  }
  for (const a of Array.from(row.attributes)) {
    if (!/^data-[\w-]*(?:id|key)$/i.test(a.name) || POSITIONAL.test(a.name)) continue;
    const id = clampId(a.value);
    if (id) return { attr: a.name, value: id };
  }
  return null;
}

/** The id a record link carries: `?record=…`, `#id=42&model=…`, `/deals/123`, `/opportunities/abc-123/view`. */
export function linkId(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const params = [url.searchParams, new URLSearchParams(url.hash.replace(/^#!?\/?/, '').replace(/^[^?=&]*\?/, ''))];
  for (const p of params) {
    for (const key of QUERY_ID_KEYS) {
      for (const [k, v] of p) if (k.toLowerCase() === key && v && /[\p{L}\d]/u.test(v)) return clampId(v);
    }
  }
  const segments = url.pathname.split('/').filter(Boolean).reverse();
  for (const seg of segments) {
    let s = seg;
    try { s = decodeURIComponent(seg); } catch { /* keep raw */ }
    if (GENERIC_SEGMENTS.test(s)) continue;
    if (/\d/.test(s) || /^[0-9a-f-]{16,}$/i.test(s)) return clampId(s);
    return null;
  }
  return null;
}

/** The first same-host record link in the name element (or around it), else in the row. */
export function recordLink(nameEl: Element | null, row: Element, pageUrl: URL): string | null {
  const candidates: Element[] = [];
  const around = nameEl?.closest('a[href]');
  if (around) candidates.push(around);
  if (nameEl) candidates.push(...Array.from(nameEl.querySelectorAll('a[href]')));
  candidates.push(...Array.from(row.querySelectorAll('a[href]')));
  for (const a of candidates) {
    const url = safeRecordUrl(a.getAttribute('href'), pageUrl);
    if (url && linkId(url)) return url;
  }
  return null;
}

/** FNV-1a 32-bit, base 36: short, stable across runs and browsers. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** `host/id`: generic deals of different self-hosted CRMs (both with a deal 42) must not collide. */
export const scopedId = (url: URL, id: string): string => `${url.host.toLowerCase()}/${id}`.slice(0, ID_MAX);

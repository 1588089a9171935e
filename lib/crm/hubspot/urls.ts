import type { PageKind } from '../contract';

/** app.hubspot.com, app-eu1.hubspot.com and other regional app hosts (app-na2, app-ap1 …). */
export const HUBSPOT_HOST = /^app(?:-[a-z]{2}\d)?\.hubspot\.com$/i;

/** Deals are object type 0-3; `deals` / `deal` appear in older and alias URLs. */
const DEAL_OBJECT = '(?:0-3|deals?)';

export interface HubspotLocation {
  /** null when the URL alone cannot tell list from board (the DOM decides). */
  kind: PageKind | null;
  portal: string | null;
  recordId: string | null;
}

const PATTERNS: readonly [RegExp, PageKind | null][] = [
  [new RegExp(`^/contacts/(\\d+)/(?:record/${DEAL_OBJECT}|deal)/(\\d+)(?:/|$)`, 'i'), 'record'],
  [new RegExp(`^/contacts/(\\d+)/objects/${DEAL_OBJECT}/views/[^/]+/(list|board)(?:/|$)`, 'i'), null],
  [new RegExp(`^/contacts/(\\d+)/objects/${DEAL_OBJECT}(?:/views/[^/]+)?/?$`, 'i'), null],
  // Legacy index URLs: /contacts/<portal>/deals/list/view/all/ and /contacts/<portal>/deals/board/view/all/
  [/^\/contacts\/(\d+)\/deals\/(list|board)(?:\/|$)/i, null],
  [/^\/contacts\/(\d+)\/deals\/?$/i, null],
];

/** Pure URL → what HubSpot page this is. Non-deal objects (contacts 0-1, companies 0-2 …) are `other`. */
export function hubspotLocation(url: URL): HubspotLocation {
  const none: HubspotLocation = { kind: 'other', portal: null, recordId: null };
  if (!HUBSPOT_HOST.test(url.hostname)) return none;
  const path = url.pathname;
  for (const [re, kind] of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const portal = m[1] ?? null;
    if (kind === 'record') return { kind, portal, recordId: m[2] ?? null };
    const view = (m[2] ?? '').toLowerCase();
    return { kind: view === 'list' ? 'list' : view === 'board' ? 'board' : null, portal, recordId: null };
  }
  return none;
}

/** The canonical deal record URL on the same host (never built from page-supplied hrefs). */
export function hubspotRecordUrl(pageUrl: URL, portal: string | null, id: string): string | null {
  if (!portal || !/^\d+$/.test(id)) return null;
  return `${pageUrl.protocol}//${pageUrl.host}/contacts/${portal}/record/0-3/${id}`;
}

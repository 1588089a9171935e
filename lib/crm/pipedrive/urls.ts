import type { PageKind } from '../contract';

/** `<company>.pipedrive.com` (and `app.pipedrive.com`, which redirects to it). */
export const PIPEDRIVE_HOST = /^[a-z0-9][a-z0-9-]*\.pipedrive\.com$/i;

export interface PipedriveLocation { kind: PageKind; dealId: string | null }

/** Pure URL → Pipedrive page kind: deals list, pipeline board, deal detail, or other. */
export function pipedriveLocation(url: URL): PipedriveLocation {
  if (!PIPEDRIVE_HOST.test(url.hostname)) return { kind: 'other', dealId: null };
  const path = url.pathname.replace(/\/+$/, '');
  const deal = /^\/deal\/(\d+)(?:\/|$)/.exec(path);
  if (deal?.[1]) return { kind: 'record', dealId: deal[1] };
  if (/^\/deals\/list(?:\/|$)/.test(path) || path === '/deals') return { kind: 'list', dealId: null };
  if (/^\/pipeline(?:\/|$)/.test(path)) return { kind: 'board', dealId: null };
  return { kind: 'other', dealId: null };
}

/** Canonical deal URL on the page's own host (never built from page-supplied hrefs). */
export function pipedriveDealUrl(pageUrl: URL, id: string): string | null {
  return /^\d+$/.test(id) ? `${pageUrl.protocol}//${pageUrl.host}/deal/${id}` : null;
}

/** The numeric deal id in a `/deal/<id>` href, absolute or relative. */
export function dealIdFromHref(href: string | null | undefined): string | null {
  return href ? (/(?:^|\/\/[^/]+|^\.?)\/deal\/(\d+)(?:[/?#]|$)/.exec(href)?.[1] ?? null) : null;
}

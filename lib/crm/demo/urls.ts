import type { PageKind } from '../contract';

/**
 * The bundled demo CRM (scripts/demo-crm) runs on loopback only. Store builds never inject the
 * content script there (no localhost match in their manifest), so matching it here is harmless.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export function isDemoUrl(url: URL): boolean {
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) return false;
  return /^\/(deals|board)(\/|$)/.test(url.pathname);
}

/** `/deals` list, `/deals/<id>` record, `/board` board: the URL alone tells. */
export function demoPageKind(url: URL): PageKind {
  if (!isDemoUrl(url)) return 'other';
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/deals') return 'list';
  if (path === '/board') return 'board';
  if (/^\/deals\/[^/]+$/.test(path)) return 'record';
  return 'other';
}

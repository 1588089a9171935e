/**
 * The options page's hash routes: `#/goals`, `#/settings`, `#/sites`, `#/data`, `#/trends`, each
 * with optional query parameters (`#/goals?owner=Ana&period=2026-Q4` from the popup's "create a
 * goal" button). A hash router because the page is one static extension file.
 */
export const PAGES = ['goals', 'settings', 'sites', 'data', 'trends'] as const;
export type OptionsPage = (typeof PAGES)[number];

export interface OptionsRoute {
  page: OptionsPage;
  params: Record<string, string>;
}

export function parseRoute(hash: string): OptionsRoute {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = (q === -1 ? raw : raw.slice(0, q)).replace(/\/+$/, '');
  const page = (PAGES as readonly string[]).includes(path) ? (path as OptionsPage) : 'goals';
  const params: Record<string, string> = {};
  if (q !== -1) for (const [k, v] of new URLSearchParams(raw.slice(q + 1))) params[k] = v;
  return { page, params };
}

export const routeHref = (page: OptionsPage): string => `#/${page}`;

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { GridKind } from './page/grow';
import { ROOT } from './build';

/**
 * The saved CRM pages the read and host-page measures grow to 1k/10k rows, served at their
 * real CRM address through Playwright routing (no network), so the real content script's
 * match patterns and the adapters' URL checks apply as on the real site.
 */
const FILES: Record<GridKind, string> = {
  'sf-table': 'sf-opportunity-list.html',
  'sf-shadow': 'sf-opportunity-list-shadow.html',
  'dynamics-grid': 'dynamics-opportunities-grid.html',
};

export const KIND_LABEL: Record<GridKind, string> = {
  'sf-table': 'Salesforce Lightning datatable (plain table)',
  'sf-shadow': 'Salesforce datatable rows in open shadow roots',
  'dynamics-grid': 'Dynamics 365 ARIA grid (ag-grid)',
};

export interface Fixture {
  kind: GridKind;
  url: string;
  html: string;
}

export function loadFixture(kind: GridKind): Fixture {
  let html = readFileSync(join(ROOT, 'test', 'fixtures', 'crm-pages', FILES[kind]), 'utf8');
  const url = /<meta name="fixture-url" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!url) throw new Error(`${FILES[kind]} has no fixture-url`);
  // The shadow page builds its roots in an inline script at load; the bench grows the rows
  // first and then runs the same hydration itself (page/grow.ts), so the script goes.
  if (kind === 'sf-shadow') html = html.replace(/<script>[\s\S]*?<\/script>/, '');
  return { kind, url, html };
}

/** Serves the fixture at its CRM URL (any query string) in this context. */
export async function routeFixture(context: BrowserContext, f: Fixture): Promise<void> {
  const u = new URL(f.url);
  await context.route((url) => url.host === u.host && url.pathname === u.pathname, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: f.html }),
  );
}

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

/**
 * The rule real SLDS gives every datatable cell (data-tables/base: `.slds-table th, .slds-table
 * td { padding: .25rem .5rem; white-space: nowrap; position: relative }`), which the saved
 * fixture's trimmed inline CSS lacks. Without it the 5 visually hidden `.slds-assistive-text`
 * spans per row (position: absolute) all hang off the page's initial containing block, so every
 * mutation of a 10k-row page re-lays out all of them: 250 ms per mutation for 1k rows where
 * Lightning's own CSS takes ~1 ms (issue #10). The bench page is styled as Lightning styles it;
 * the shared fixture (adapter tests) is left as it is, and every baseline runs on the same page.
 */
const SLDS_TABLE_CELLS = '.slds-table th,.slds-table td{white-space:nowrap;position:relative}';

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
  if (kind === 'sf-table') html = html.replace('</style>', `${SLDS_TABLE_CELLS}\n</style>`);
  return { kind, url, html };
}

/** Serves the fixture at its CRM URL (any query string) in this context. */
export async function routeFixture(context: BrowserContext, f: Fixture): Promise<void> {
  const u = new URL(f.url);
  await context.route((url) => url.host === u.host && url.pathname === u.pathname, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: f.html }),
  );
}

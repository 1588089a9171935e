import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SALESFORCE_CLASSIC_HOSTS, SALESFORCE_HOSTS, SALESFORCE_LIGHTNING_HOSTS } from '../../../../lib/crm/hosts';
import { salesforceAdapter } from '../../../../lib/crm/salesforce';
import { salesforceClassicAdapter } from '../../../../lib/crm/salesforce/classic-adapter';
import { salesforceLightningAdapter } from '../../../../lib/crm/salesforce/lightning';
import { fixtureUrlOf, loadPage } from '../../../../scripts/extract/load-page';

/**
 * The Salesforce content script is split by host (issue #7): *.lightning.force.com loads the
 * Lightning script, *.my.salesforce.com the Classic one. On every saved Salesforce page each
 * script reads exactly what the full adapter (registry, npm run extract) reads, when the page is
 * on that script's host; the other script's list reader is the one it leaves out.
 */
const DIRS = ['test/fixtures/crm-pages', 'test/fixtures/crm-pages-variants'];
const pages = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.startsWith('sf-') && f.endsWith('.html')).map((file) => ({ dir, file })));
const TODAY = '2026-11-27';

/** A `https://*.host/*` match pattern as a hostname test. */
const hostTest = (patterns: readonly string[]) => (host: string) =>
  patterns.some((p) => host.endsWith(p.replace(/^https:\/\/\*\./, '.').replace(/\/\*$/, '')));
const onLightning = hostTest(SALESFORCE_LIGHTNING_HOSTS);
const onClassic = hostTest(SALESFORCE_CLASSIC_HOSTS);

describe('Salesforce scripts split by host', () => {
  it('covers exactly the hosts the one Salesforce script did, each host once', () => {
    expect([...SALESFORCE_LIGHTNING_HOSTS, ...SALESFORCE_CLASSIC_HOSTS].sort()).toEqual([...SALESFORCE_HOSTS].sort());
    expect(SALESFORCE_LIGHTNING_HOSTS.filter((h) => (SALESFORCE_CLASSIC_HOSTS as readonly string[]).includes(h))).toEqual([]);
  });

  it('has Lightning and Classic fixtures to check', () => {
    const urls = pages.map((p) => new URL(fixtureUrlOf(readFileSync(join(p.dir, p.file), 'utf8')) ?? 'about:blank'));
    expect(urls.some((u) => onLightning(u.hostname))).toBe(true);
    expect(urls.some((u) => onClassic(u.hostname))).toBe(true);
  });

  it.each(pages)('$file: its host\'s script reads what the full adapter reads', async ({ dir, file }) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const url = new URL(fixtureUrlOf(html) ?? 'about:blank');
    const own = onLightning(url.hostname) ? salesforceLightningAdapter : onClassic(url.hostname) ? salesforceClassicAdapter : null;
    expect(own, `${url.hostname} is a Salesforce host`).not.toBeNull();
    const page = await loadPage(html, url.href, { runScripts: true });
    try {
      const full = salesforceAdapter.extract(page.document, url, { today: TODAY });
      const split = own!.extract(page.document, url, { today: TODAY });
      expect(split.deals).toEqual(full.deals);
      expect(split.rowCount).toEqual(full.rowCount);
    } finally {
      await page.close();
    }
  });

  it('the Classic list needs the Classic script: the Lightning one reads none of its deals', async () => {
    const dir = 'test/fixtures/crm-pages-variants';
    const html = readFileSync(join(dir, 'sf-classic-opportunity-list.html'), 'utf8');
    const url = new URL(fixtureUrlOf(html) ?? 'about:blank');
    const page = await loadPage(html, url.href, { runScripts: true });
    try {
      expect(salesforceClassicAdapter.extract(page.document, url, { today: TODAY }).deals.length).toBeGreaterThan(0);
      expect(salesforceLightningAdapter.extract(page.document, url, { today: TODAY }).deals).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

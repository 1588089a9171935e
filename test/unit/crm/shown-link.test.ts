import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/crm/extract-page';
import { fixtureUrlOf, loadPage } from '../../../scripts/extract/load-page';

/**
 * A record link hidden as screen-reader text before the shown one (an "Open record" helper) is
 * never the one whose address, and so whose record id, a list reader takes.
 */
const CASES: { file: string; other: (href: string) => string }[] = [
  { file: 'test/fixtures/crm-pages/dynamics-opportunities-grid.html', other: (h) => h.replace(/id=[^&]+/, 'id=00000000-0000-4000-8000-000000000000') },
  { file: 'test/fixtures/crm-pages/zoho-deals-list.html', other: (h) => h.replace(/\d{10,25}/, '1111111111111111111') },
  { file: 'test/fixtures/crm-pages-variants/sf-classic-opportunity-list.html', other: (h) => h.replace(/006\w{12,15}/, '006000000000000AAA') },
];

describe.each(CASES)('$file', ({ file, other }) => {
  const html = readFileSync(file, 'utf8');
  const url = new URL(fixtureUrlOf(html) ?? 'about:blank');

  it('takes the shown link of the name cell, not a hidden one before it', async () => {
    const page = await loadPage(html, url.href);
    try {
      const plain = extractPage(page.document, url, { today: '2026-11-27' }).deals;
      expect(plain.length).toBeGreaterThan(3);
      const first = plain[0]!;
      const links = Array.from(page.document.querySelectorAll<HTMLAnchorElement>('a[href]'));
      const shown = links.find((a) => (first.url && new URL(a.getAttribute('href')!, url).href === first.url) || a.getAttribute('href')!.toLowerCase().includes(first.sourceId.toLowerCase()))!;
      expect(shown).toBeTruthy();
      const hidden = page.document.createElement('a');
      hidden.className = 'sr-only';
      hidden.setAttribute('href', other(shown.getAttribute('href')!));
      hidden.textContent = 'Open record';
      shown.before(hidden);
      expect(hidden.getAttribute('href')).not.toBe(shown.getAttribute('href'));
      expect(extractPage(page.document, url, { today: '2026-11-27' }).deals).toEqual(plain);
    } finally {
      await page.close();
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../../lib/crm/generic';
import { expectMatches, loadPage, runFixture } from '../hp-support';

/**
 * Every page in test/fixtures/generic through the generic adapter, compared field by field with
 * its `.expected.json` (plus the record link when the expectation names one).
 */
const DIR = join(__dirname, '../../../fixtures/generic');
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

describe('generic adapter fixtures', () => {
  it('has the fixtures issue 5 asks for', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  for (const page of pages) {
    const base = page.replace(/\.html$/, '');
    it(base, () => {
      const result = runFixture(genericAdapter, join(DIR, page));
      const expectedFile = join(DIR, `${base}.expected.json`);
      expectMatches(result.deals, expectedFile);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { sourceId: string; url?: string }[];
      for (const e of expected) {
        if (e.url === undefined) continue;
        expect(result.deals.find((d) => d.sourceId === e.sourceId)?.url, `${e.sourceId} url`).toBe(e.url);
      }
    });
  }

  it('reads nothing from the shared contact list (a currency and a date column, but no deals)', () => {
    const file = join(__dirname, '../../../fixtures/crm-pages/sf-contacts-list-not-deals.html');
    expect(runFixture(genericAdapter, file).deals).toEqual([]);
  });

  it('flags an invoice table instead of reading it', () => {
    const result = runFixture(genericAdapter, join(DIR, 'invoices-not-deals.html'));
    expect(result.warnings.some((w) => /invoices/.test(w))).toBe(true);
  });

  it('flags deals identified by a hash of host and name', () => {
    const result = runFixture(genericAdapter, join(DIR, 'board-abbreviated-amounts.html'));
    expect(result.warnings.some((w) => /no record id/.test(w))).toBe(true);
    expect(result.deals.every((d) => /^pipeline\.smallteam\.test\/h-[0-9a-z]+$/.test(d.sourceId))).toBe(true);
  });

  it('knows a list from a board', () => {
    const kind = (file: string) => {
      const page = loadPage(join(DIR, file));
      try { return genericAdapter.pageKind(new URL(page.url), page.document); } finally { void page.close(); }
    };
    expect(kind('suitecrm-opportunities.html')).toBe('list');
    expect(kind('odoo-pipeline-board.html')).toBe('board');
    expect(kind('invoices-not-deals.html')).toBe('other');
  });
});

import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../../../lib/crm/extract-page';
import { loadPage, type Loaded } from '../hp-support';

const DIR = join(__dirname, '../../../fixtures/generic');
let page: Loaded | null = null;
afterEach(async () => { await page?.close(); page = null; });

describe('extractPage with the generic readers and taught mappings', () => {
  it('falls back to the generic readers when no built-in adapter matches', () => {
    page = loadPage(join(DIR, 'de-verkaufschancen.html'));
    const r = extractPage(page.document, new URL(page.url), { today: '2026-11-27' });
    expect(r.adapter).toBe('generic');
    expect(r.pageKind).toBe('list');
    expect(r.deals).toHaveLength(4);
  });

  it('reads with a taught mapping first', () => {
    page = loadPage(join(DIR, 'de-verkaufschancen.html'));
    const mapping = { row: 'tbody > tr', fields: { name: ':scope > td:nth-child(1)', amount: ':scope > td:nth-child(4)' }, idFrom: 'link' };
    const r = extractPage(page.document, new URL(page.url), { mapping });
    expect(r.deals.map((d) => [d.name, d.amount, d.stage])).toEqual([
      ['Lagerverwaltung Nord', 12500, undefined], ['Flottenmanagement', 48000, undefined],
      ['Kassensystem Filialen', 9990, undefined], ['Wartungsvertrag', 150000, undefined],
    ]);
  });

  it('says so when the taught mapping no longer fits, and reads the page anyway', () => {
    page = loadPage(join(DIR, 'de-verkaufschancen.html'));
    const r = extractPage(page.document, new URL(page.url), { mapping: { row: '.gone', fields: { name: 'td' }, idFrom: null } });
    expect(r.deals).toHaveLength(4);
    expect(r.warnings[0]).toMatch(/taught mapping/i);
  });

  it('never guesses on a built-in CRM host: switching that CRM off stops reading it', () => {
    page = loadPage(join(DIR, 'de-verkaufschancen.html'));
    const off = { disabledCrms: ['salesforce', 'hubspot'], stageStatus: {} };
    for (const url of ['https://acme.lightning.force.com/lightning/o/Opportunity/list', 'https://app.hubspot.com/contacts/1/objects/0-3/views/all/list']) {
      const r = extractPage(page.document, new URL(url), { settings: off });
      expect(r.adapter, url).toBeNull();
      expect(r.deals).toEqual([]);
    }
  });

  it('respects a user who switched the generic readers off', () => {
    page = loadPage(join(DIR, 'de-verkaufschancen.html'));
    const r = extractPage(page.document, new URL(page.url), { settings: { disabledCrms: ['generic'], stageStatus: {} } });
    expect(r.adapter).toBeNull();
  });
});

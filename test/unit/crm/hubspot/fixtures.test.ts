import { describe, expect, it } from 'vitest';
import { hubspotAdapter } from '../../../../lib/crm/hubspot';
import { expectMatches, loadPage, runFixture } from '../hp-support';

const SHARED = 'test/fixtures/crm-pages';
const VARIANTS = 'test/fixtures/crm-pages-variants';
const PAGES = [
  `${SHARED}/hubspot-deals-table`, `${SHARED}/hubspot-deals-table-hostile`, `${SHARED}/hubspot-deals-board`,
  `${SHARED}/hubspot-deals-board-compact`, `${SHARED}/hubspot-deal-record`,
  `${VARIANTS}/hubspot-deals-table-zh-tw-eu`, `${VARIANTS}/hubspot-deals-table-de-eu`,
];

describe('HubSpot adapter on fixture pages', () => {
  for (const base of PAGES) {
    it(`reads ${base.split('/').pop()} field by field`, () => {
      const result = runFixture(hubspotAdapter, `${base}.html`);
      expectMatches(result.deals, `${base}.expected.json`);
    });
  }

  it('never turns javascript:/data: hrefs into urls, and keeps hostile names as literal text', () => {
    const { deals } = runFixture(hubspotAdapter, `${SHARED}/hubspot-deals-table-hostile.html`);
    for (const d of deals) {
      expect(d.url).toMatch(/^https:\/\/app\.hubspot\.com\/contacts\/21987654\/record\/0-3\/\d+$/);
    }
    expect(deals.find((d) => d.sourceId === '37940585002')?.name).toBe('Q4 Expansion <img src=x onerror=alert(1)>');
  });

  it('leaves fields a board does not show absent (not null)', () => {
    const { deals } = runFixture(hubspotAdapter, `${SHARED}/hubspot-deals-board.html`);
    expect(deals.length).toBeGreaterThan(0);
    for (const d of deals) {
      expect('createdDate' in d).toBe(false);
      expect('probability' in d).toBe(false);
    }
  });

  it('applies stage → status overrides from settings', () => {
    const page = `${SHARED}/hubspot-deals-table.html`;
    const base = runFixture(hubspotAdapter, page).deals.find((d) => d.stage === 'Contract sent');
    expect(base?.status).toBe('open');
    const p = loadPage(page);
    const res = hubspotAdapter.extract(p.document, new URL(p.url), { today: '2026-11-27', stageStatus: { 'Contract sent': 'won' } });
    void p.close();
    expect(res.deals.find((d) => d.sourceId === base?.sourceId)?.status).toBe('won');
  });

  it('yields zero deals on a contacts list', () => {
    const result = runFixture(hubspotAdapter, `${SHARED}/hubspot-deals-table.html`);
    expect(result.deals.length).toBe(22);
    const p = loadPage(`${SHARED}/hubspot-deals-table.html`, 'https://app.hubspot.com/contacts/21987654/objects/0-1/views/all/list');
    expect(hubspotAdapter.pageKind(new URL(p.url), p.document)).toBe('other');
    expect(hubspotAdapter.extract(p.document, new URL(p.url)).deals).toEqual([]);
    void p.close();
  });
});

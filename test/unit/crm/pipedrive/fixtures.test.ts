import { describe, expect, it } from 'vitest';
import { pipedriveAdapter } from '../../../../lib/crm/pipedrive';
import { expectMatches, loadPage, runFixture } from '../hp-support';

const SHARED = 'test/fixtures/crm-pages';
const VARIANTS = 'test/fixtures/crm-pages-variants';
const PAGES = [
  `${SHARED}/pipedrive-deals-list`, `${SHARED}/pipedrive-pipeline`, `${SHARED}/pipedrive-deal-detail`,
  `${VARIANTS}/pipedrive-deals-list-de`, `${VARIANTS}/pipedrive-pipeline-dense`,
];

describe('Pipedrive adapter on fixture pages', () => {
  for (const base of PAGES) {
    it(`reads ${base.split('/').pop()} field by field`, () => {
      const result = runFixture(pipedriveAdapter, `${base}.html`);
      expectMatches(result.deals, `${base}.expected.json`);
    });
  }

  it('lets the explicit Status column win over the stage', () => {
    const { deals } = runFixture(pipedriveAdapter, `${SHARED}/pipedrive-deals-list.html`);
    const d = deals.find((x) => x.sourceId === '2256');
    expect(d?.stage).toBe('Qualified');
    expect(d?.status).toBe('won');
    expect(deals.find((x) => x.sourceId === '2331')?.amount).toBe(0);
  });

  it('joins data rows to checkbox ids by top, not DOM order', () => {
    const { deals } = runFixture(pipedriveAdapter, `${VARIANTS}/pipedrive-deals-list-de.html`);
    expect(deals.find((d) => d.sourceId === '3101')?.name).toBe('Rahmenvertrag Nord');
    expect(deals.find((d) => d.sourceId === '3101')?.url).toBe('https://nordwerk.pipedrive.com/deal/3101');
  });

  it('ignores the organization’s other deals and old values on the detail page', () => {
    const { deals } = runFixture(pipedriveAdapter, `${SHARED}/pipedrive-deal-detail.html`);
    expect(deals.map((d) => d.sourceId)).toEqual(['2217']);
    expect(deals[0]?.amount).toBe(87000);
  });

  it('yields zero deals on a persons list', () => {
    const p = loadPage(`${SHARED}/pipedrive-deals-list.html`, 'https://lumenforge.pipedrive.com/persons/list');
    expect(pipedriveAdapter.extract(p.document, new URL(p.url)).deals).toEqual([]);
    void p.close();
  });
});

import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractedDealSchema } from '../../../lib/domain/deal';
import { demoAdapter } from '../../../lib/crm/demo';
import { DEMO_TEST_URLS } from '../../../lib/crm/demo/selectors';
import { addDays } from '../../../scripts/demo-crm/dates';
import { generateDemoDeals, type DemoDeal } from '../../../scripts/demo-crm/generate';
import { boardPage, landingPage, listPage, recordPage } from '../../../scripts/demo-crm/pages';

const today = '2026-11-27';
const deals = generateDemoDeals({ today });
const ctx = { user: '陳美玲', today };

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const expected = (d: DemoDeal, url: string) => ({
  crm: 'demo',
  sourceId: d.id,
  name: d.name,
  account: d.account,
  owner: d.owner,
  amount: d.amount,
  currency: d.amount === null ? null : d.currency,
  stage: d.stage,
  status: d.status,
  closeDate: d.closeDate,
  createdDate: d.createdDate,
  probability: d.probability,
  url,
});

describe('demo adapter', () => {
  it('matches only the demo CRM on loopback', () => {
    expect(demoAdapter.matches(new URL(DEMO_TEST_URLS.list))).toBe(true);
    expect(demoAdapter.matches(new URL('http://localhost:9000/board'))).toBe(true);
    expect(demoAdapter.matches(new URL(DEMO_TEST_URLS.other))).toBe(false);
    expect(demoAdapter.matches(new URL('https://127.0.0.1/deals'))).toBe(false);
    expect(demoAdapter.matches(new URL('http://example.com/deals'))).toBe(false);
    expect(demoAdapter.matches(new URL('http://127.0.0.1:5178/dealsx'))).toBe(false);
  });

  it('tells list, board and record apart by URL', () => {
    const root = parse('<p></p>');
    expect(demoAdapter.pageKind(new URL(DEMO_TEST_URLS.list), root)).toBe('list');
    expect(demoAdapter.pageKind(new URL(DEMO_TEST_URLS.board), root)).toBe('board');
    expect(demoAdapter.pageKind(new URL(DEMO_TEST_URLS.record), root)).toBe('record');
    expect(demoAdapter.pageKind(new URL(DEMO_TEST_URLS.other), root)).toBe('other');
  });

  it('reads every deal of the list view, field by field', () => {
    const url = new URL(DEMO_TEST_URLS.list);
    const result = demoAdapter.extract(parse(listPage(ctx, deals)), url, { today });
    expect(result.warnings).toEqual([]);
    expect(result.currentUser).toBe('陳美玲');
    expect(result.deals).toHaveLength(deals.length);
    result.deals.forEach((got, i) => {
      const d = deals[i] as DemoDeal;
      expect(got).toEqual(expected(d, `http://127.0.0.1:5178/deals/${d.id}`));
      expect(extractedDealSchema.safeParse(got).success).toBe(true);
    });
  });

  it('reads board cards with the stage from their column and no fields the card lacks', () => {
    const url = new URL(DEMO_TEST_URLS.board);
    const result = demoAdapter.extract(parse(boardPage(ctx, deals, addDays(today, -90))), url, { today });
    const shown = deals.filter((d) => d.status === 'open' || d.closeDate >= addDays(today, -90));
    expect(result.deals).toHaveLength(shown.length);
    for (const got of result.deals) {
      const d = deals.find((x) => x.id === got.sourceId) as DemoDeal;
      const { probability: _p, createdDate: _c, ...rest } = expected(d, `http://127.0.0.1:5178/deals/${d.id}`);
      expect(got).toEqual(rest);
    }
  });

  it('reads the record page and ignores the related-deal links', () => {
    const d = deals.find((x) => x.status === 'won') as DemoDeal;
    const url = new URL(`http://127.0.0.1:5178/deals/${d.id}`);
    const result = demoAdapter.extract(parse(recordPage(ctx, d, deals)), url, { today });
    expect(result.deals).toEqual([expected(d, url.href)]);
  });

  it('reads nothing on the landing page', () => {
    const result = demoAdapter.extract(parse(landingPage(ctx, deals)), new URL(DEMO_TEST_URLS.other));
    expect(result.deals).toEqual([]);
  });

  it('honours stage overrides from settings', () => {
    const url = new URL(DEMO_TEST_URLS.list);
    const result = demoAdapter.extract(parse(listPage(ctx, deals)), url, { today, stageStatus: { Negotiation: 'won' } });
    const negotiation = result.deals.filter((x) => x.stage === 'Negotiation');
    expect(negotiation.length).toBeGreaterThan(0);
    expect(negotiation.every((x) => x.status === 'won')).toBe(true);
  });
});

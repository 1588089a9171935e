import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../../lib/crm/generic';
import { deriveSelectors, pathPatternFor, type Picks } from '../../../../lib/crm/generic/derive-selectors';
import { isHashedClass } from '../../../../lib/crm/generic/css-parts';
import { readTaught } from '../../../../lib/crm/generic/taught';
import { expectMatches, loadPage, type Loaded } from '../hp-support';

const DIR = join(__dirname, '../../../fixtures/generic');
let page: Loaded | null = null;
afterEach(async () => { await page?.close(); page = null; });

function open(name: string): Document {
  page = loadPage(join(DIR, `${name}.html`));
  return page.document;
}
const byText = (doc: Document, selector: string, text: string): Element => {
  const el = Array.from(doc.querySelectorAll(selector)).find((e) => e.textContent?.trim() === text);
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
};
const opts = { today: '2026-11-27' };

describe('deriveSelectors', () => {
  it('generalizes clicks on one table row to every row, reading what the generic reader reads', () => {
    const doc = open('suitecrm-opportunities');
    // the user clicks inside the third row: the link text, the amount cell, the stage, the date…
    const picks: Picks = {
      name: byText(doc, 'a', 'Blue Ridge Schools – Chromebook refresh'),
      account: byText(doc, 'a', 'Blue Ridge Schools'),
      stage: byText(doc, 'td', 'Negotiation/Review'),
      amount: byText(doc, 'td', '$96,250.50'),
      closeDate: byText(doc, 'td', '01/20/2027'),
      owner: byText(doc, 'td', 'chris'),
    };
    const r = deriveSelectors(doc, picks);
    if (!r.ok) throw new Error(r.reason);
    expect(r.rows).toHaveLength(6);
    expect(doc.querySelectorAll(r.mapping.row)).toHaveLength(6);
    expect(r.mapping.idFrom).toBe('link');
    const url = new URL(page!.url);
    const taught = readTaught(doc, url, { ...r.mapping }, opts);
    const auto = genericAdapter.extract(doc, url, opts).deals;
    // same deals as the automatic reader, except createdDate which the user did not pick
    expect(taught.deals.map((d) => ({ ...d, createdDate: undefined }))).toEqual(auto.map((d) => ({ ...d, createdDate: undefined })));
  });

  it('uses ARIA roles and data attributes, never generated class names', () => {
    const doc = open('aria-grid-divs');
    const cell = (rowId: string, col: number) => doc.querySelector(`[data-row-id="${rowId}"] [aria-colindex="${col}"]`)!;
    const picks: Picks = {
      name: cell('r-1002', 1).querySelector('a')!,
      account: cell('r-1002', 2), stage: cell('r-1002', 3).querySelector('span')!,
      amount: cell('r-1002', 4), closeDate: cell('r-1002', 5).querySelector('time')!, owner: cell('r-1002', 6),
      probability: cell('r-1002', 7),
    };
    const r = deriveSelectors(doc, picks);
    if (!r.ok) throw new Error(r.reason);
    const all = [r.mapping.row, ...Object.values(r.mapping.fields)].join(' ');
    expect(all).not.toMatch(/css-/);
    expect(r.mapping.row).toContain('[role="row"]');
    expect(r.mapping.fields.amount).toContain('aria-colindex');
    expect(r.mapping.idFrom).toBe('data-row-id');
    const taught = readTaught(doc, new URL(page!.url), r.mapping, opts);
    expectMatches(taught.deals, join(DIR, 'aria-grid-divs.expected.json'));
  });

  it('teaches a board: cards across columns, the stage from the column heading', () => {
    const doc = open('board-abbreviated-amounts');
    const picks: Picks = {
      name: byText(doc, 'h4', 'Globex renewal'),
      amount: byText(doc, 'span', '$1.2M'),
      stage: doc.querySelector('section.lane h3')!,
    };
    const r = deriveSelectors(doc, picks);
    if (!r.ok) throw new Error(r.reason);
    expect(r.mapping.row).not.toMatch(/sc-|kXgQzN/);
    expect(doc.querySelectorAll(r.mapping.row)).toHaveLength(7);
    const taught = readTaught(doc, new URL(page!.url), r.mapping, opts);
    expectMatches(taught.deals, join(DIR, 'board-abbreviated-amounts.expected.json'));
  });

  it('teaches a headerless card list the automatic readers cannot read', () => {
    const doc = open('teach-cards-no-headers');
    const item = doc.querySelector('li[data-deal="d-102"]')!;
    const picks: Picks = {
      name: item.querySelector('a')!, amount: item.querySelector('.meta-amount')!, stage: item.querySelector('.meta-stage')!,
      closeDate: item.querySelector('.meta-date')!, owner: item.querySelector('.meta-owner')!,
    };
    const r = deriveSelectors(doc, picks);
    if (!r.ok) throw new Error(r.reason);
    expect(r.mapping.row).toBe('li[data-deal].deal-item');
    const deals = readTaught(doc, new URL(page!.url), r.mapping, opts).deals;
    expect(deals.map((d) => [d.sourceId, d.name, d.amount, d.stage, d.status, d.closeDate, d.owner])).toEqual([
      ['127.0.0.1:4173/101', 'Harbor Logistics – telematics', 12000, 'Proposal', 'open', '2026-12-15', 'Ana Ruiz'],
      ['127.0.0.1:4173/102', 'Northwind renewal', 8500, 'Negotiation', 'open', '2027-01-20', 'Tom Becker'],
      ['127.0.0.1:4173/103', 'Blue Ridge laptops', 30250, 'Closed Won', 'won', '2026-11-03', 'Ana Ruiz'],
      ['127.0.0.1:4173/104', 'Pinecrest PMS', 4000, 'Closed Lost', 'lost', '2026-10-28', 'Liu Wei'],
      ['127.0.0.1:4173/105', 'Orchard ERP phase 2', 51000, 'Qualification', 'open', '2027-02-14', 'Tom Becker'],
    ]);
  });

  it('needs the name', () => {
    const doc = open('suitecrm-opportunities');
    expect(deriveSelectors(doc, { amount: byText(doc, 'td', '$96,250.50') })).toEqual({ ok: false, reason: 'no-name' });
  });

  it('recognizes generated class names', () => {
    for (const c of ['css-1q2w3e', 'sc-bdVaJa', 'kXgQzN', '_3xYz', 'jsx-123', 'row42']) expect(isHashedClass(c), c).toBe(true);
    for (const c of ['deal-row', 'card', 'card__title', 'oddListRowS']) expect(isHashedClass(c), c).toBe(false);
  });

  it('saves mappings for a path pattern with ids as wildcards', () => {
    expect(pathPatternFor(new URL('https://x.test/app/pipelines/42/deals'))).toBe('/app/pipelines/*/deals');
    expect(pathPatternFor(new URL('https://x.test/index.php?module=Opportunities'))).toBe('/index.php');
  });
});

describe('readTaught', () => {
  it('reports a mapping that finds nothing', () => {
    const doc = open('de-verkaufschancen');
    const r = readTaught(doc, new URL(page!.url), { row: '.no-such-row', fields: { name: 'td' }, idFrom: null });
    expect(r.deals).toEqual([]);
    expect(r.warnings[0]).toMatch(/found no rows/);
  });
  it('survives a selector the engine rejects', () => {
    const doc = open('de-verkaufschancen');
    expect(readTaught(doc, new URL(page!.url), { row: 'tr[[', fields: { name: 'td' }, idFrom: null }).deals).toEqual([]);
  });
});

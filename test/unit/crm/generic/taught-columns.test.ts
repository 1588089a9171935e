import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveSelectors, type Picks } from '../../../../lib/crm/generic/derive-selectors';
import { readTaught } from '../../../../lib/crm/generic/taught';
import { mappingSchema } from '../../../../lib/domain/mapping';
import { loadPage, type Loaded } from '../hp-support';

/**
 * Taught table mappings read columns by header text, not only by position: a CRM that lets the
 * user reorder columns must not make a saved mapping read the wrong field.
 */
const DIR = join(__dirname, '../../../fixtures/generic');
let page: Loaded | null = null;
afterEach(async () => { await page?.close(); page = null; });

const opts = { today: '2026-11-27' };
const open = (name: string): Document => {
  page = loadPage(join(DIR, `${name}.html`));
  return page.document;
};
const byText = (doc: Document, selector: string, text: string): Element => {
  const el = Array.from(doc.querySelectorAll(selector)).find((e) => e.textContent?.trim() === text);
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  return el;
};

/** Moves column `from` (0-based) of every row of the table, header included, to position `to`. */
function moveColumn(table: Element, from: number, to: number): void {
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children);
    if (cells.length <= Math.max(from, to)) continue; // the colspan'd toolbar row
    const cell = cells[from]!;
    const ref = cells[to > from ? to + 1 : to] ?? null;
    tr.insertBefore(cell, ref);
  }
}

/** Removes column `index` (0-based) from every row of the table. */
function removeColumn(table: Element, index: number): void {
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children);
    if (cells.length > index + 1) cells[index]!.remove();
  }
}

function teachSuite(doc: Document) {
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
  return r.mapping;
}

describe('taught table columns', () => {
  it('saves the header text of every column read by position', () => {
    const mapping = teachSuite(open('suitecrm-opportunities'));
    expect(mapping.fields.amount).toMatch(/nth-child/);
    expect(mapping.columns).toEqual({
      name: 'name', account: 'account name', stage: 'sales stage', amount: 'opportunity amount', closeDate: 'expected close date', owner: 'user',
    });
  });

  it('reads the same deals after the CRM reorders its columns', () => {
    const doc = open('suitecrm-opportunities');
    const url = new URL(page!.url);
    const mapping = teachSuite(doc);
    const before = readTaught(doc, url, mapping, opts);
    expect(before.deals).toHaveLength(6);
    const table = doc.querySelector('table.list')!;
    moveColumn(table, 5, 2); // Opportunity Amount before Name
    moveColumn(table, 7, 3); // User after it
    moveColumn(table, 6, 7); // Sales Stage after Expected Close Date
    expect(Array.from(table.querySelectorAll('thead tr:last-child th')).map((th) => th.textContent?.trim())).toEqual(
      ['', '', 'Opportunity Amount', 'User', 'Name', 'Account Name', 'Expected Close Date', 'Sales Stage', 'Date Created'],
    );
    const after = readTaught(doc, url, mapping, opts);
    expect(after.deals).toEqual(before.deals);
    expect(after.warnings).toEqual(before.warnings);
    // Without the headers (a mapping saved before they were kept) the positions now read other fields.
    const { columns: _columns, ...positional } = mapping;
    expect(readTaught(doc, url, positional, opts).deals).not.toEqual(before.deals);
  });

  it('skips a field whose column is gone, with a warning, and reads the rest', () => {
    const doc = open('suitecrm-opportunities');
    const url = new URL(page!.url);
    const mapping = teachSuite(doc);
    const before = readTaught(doc, url, mapping, opts).deals;
    removeColumn(doc.querySelector('table.list')!, 7); // User
    const r = readTaught(doc, url, mapping, opts);
    expect(r.deals.map((d) => d.owner)).toEqual(before.map(() => undefined));
    expect(r.deals.map(({ owner: _o, ...d }) => d)).toEqual(before.map(({ owner: _o, ...d }) => d));
    expect(r.warnings.some((w) => w.includes('"user"') && w.includes('owner'))).toBe(true);
  });

  it('follows a reordered ARIA grid whose cells carry aria-colindex', () => {
    const doc = open('aria-grid-divs');
    const cell = (rowId: string, col: number) => doc.querySelector(`[data-row-id="${rowId}"] [aria-colindex="${col}"]`)!;
    const mapping = (() => {
      const r = deriveSelectors(doc, { name: cell('r-1002', 1).querySelector('a')!, stage: cell('r-1002', 3), amount: cell('r-1002', 4), owner: cell('r-1002', 6) });
      if (!r.ok) throw new Error(r.reason);
      return r.mapping;
    })();
    expect(mapping.columns).toMatchObject({ amount: 'value', owner: 'owner' });
    const url = new URL(page!.url);
    const before = readTaught(doc, url, mapping, opts).deals;
    // The grid swaps Value and Owner: both the order and the aria-colindex numbers change.
    for (const row of Array.from(doc.querySelectorAll('[role="row"]'))) {
      const four = row.querySelector('[aria-colindex="4"]')!;
      const six = row.querySelector('[aria-colindex="6"]')!;
      four.setAttribute('aria-colindex', '6');
      six.setAttribute('aria-colindex', '4');
      row.insertBefore(six, four);
      row.insertBefore(four, row.querySelector('[aria-colindex="7"]'));
    }
    expect(readTaught(doc, url, mapping, opts).deals).toEqual(before);
  });

  it('leaves cells named by a stable attribute alone, and stored mappings without headers stay valid', () => {
    const doc = open('teach-cards-no-headers');
    const item = doc.querySelector('li[data-deal="d-102"]')!;
    const r = deriveSelectors(doc, { name: item.querySelector('a')!, amount: item.querySelector('.meta-amount')! });
    if (!r.ok) throw new Error(r.reason);
    expect(r.mapping.columns).toEqual({});
    const stored = {
      id: 'taught:x.test/deals', host: 'x.test', pathPattern: '/deals', label: 'Deals', row: 'tr', fields: { name: 'td' },
      idFrom: null, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
    };
    expect(mappingSchema.parse(stored).columns).toBeUndefined();
    expect(mappingSchema.parse({ ...stored, columns: { amount: 'amount' } }).columns).toEqual({ amount: 'amount' });
    expect(mappingSchema.safeParse({ ...stored, columns: { amount: '' } }).success).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExtractedDeal } from '../../../../lib/domain/deal';
import { extractPage } from '../../../../lib/crm/extract-page';
import { fixtureUrlOf, loadPage } from '../../../../scripts/extract/load-page';

/**
 * The Lightning list reader's shortcuts keep its reads exact: rows with as many cells as the first
 * one reuse its column fields (any other row is mapped cell by cell), cells are read by a plan
 * proven per cell (a sealed one, or its text lengths), and a record link hidden as assistive text
 * is never the one read.
 */
const FILE = 'test/fixtures/crm-pages/sf-opportunity-list.html';
const html = readFileSync(FILE, 'utf8');
const url = new URL(fixtureUrlOf(html) ?? 'about:blank');
const expected = JSON.parse(readFileSync(FILE.replace('.html', '.expected.json'), 'utf8')) as ExtractedDeal[];
const TODAY = '2026-11-27';

async function readAfter(change: (doc: Document) => void): Promise<ExtractedDeal[]> {
  const page = await loadPage(html, url.href);
  try {
    change(page.document);
    return extractPage(page.document, url, { today: TODAY }).deals;
  } finally {
    await page.close();
  }
}

/** The deals with `url` left out (the expected file does not list it). */
const plain = (deals: ExtractedDeal[]) => deals.map(({ url: _url, ...d }) => d);

const rows = (doc: Document) => Array.from(doc.querySelectorAll('tr[data-row-key-value]'));

describe('Lightning list rows that differ from the first', () => {
  it('reads the fixture as expected (the baseline of the cases below)', async () => {
    expect(plain(await readAfter(() => undefined))).toEqual(expected);
  });

  it('maps a row with an extra cell by its cells own labels', async () => {
    const deals = await readAfter((doc) => {
      const row = rows(doc)[2]!;
      const extra = doc.createElement('td');
      extra.setAttribute('data-label', 'Next Step');
      extra.textContent = 'Call back';
      row.insertBefore(extra, row.children[2]!);
    });
    expect(plain(deals)).toEqual(expected);
  });

  it('reads a value with text beside it in the cell (no sealed shape) exactly', async () => {
    const deals = await readAfter((doc) => {
      const stage = rows(doc)[1]!.querySelector('td[data-label="Stage"] div.slds-truncate')!;
      stage.insertBefore(doc.createTextNode('Was: '), stage.firstChild);
      const close = rows(doc)[3]!.querySelector('td[data-label="Close Date"] lst-formatted-text')!;
      close.appendChild(doc.createComment('lwc'));
    });
    expect(deals[1]!.stage).toBe(`Was: ${expected[1]!.stage}`);
    expect(deals[3]!.closeDate).toBe(expected[3]!.closeDate);
    expect(plain(deals).filter((_, i) => i !== 1)).toEqual(expected.filter((_, i) => i !== 1));
  });

  it('reads nothing from a value hidden on its way down the cell', async () => {
    const deals = await readAfter((doc) => {
      rows(doc)[4]!.querySelector('td[data-label="Amount"] lst-formatted-text')!.classList.add('slds-hide');
    });
    expect(deals[4]!.amount).toBeNull();
    expect(deals[5]!.amount).toBe(expected[5]!.amount);
  });

  it('takes the shown record link, not one hidden as assistive text before it', async () => {
    const deals = await readAfter((doc) => {
      const link = rows(doc)[0]!.querySelector('th a[href]')!;
      const hidden = doc.createElement('a');
      hidden.href = '/lightning/r/006000000000000AAA/view';
      hidden.className = 'slds-assistive-text';
      hidden.textContent = 'Open record';
      link.parentElement!.insertBefore(hidden, link);
    });
    expect(deals[0]!.name).toBe(expected[0]!.name);
    expect(deals[0]!.url).toBe(`${url.origin}/lightning/r/${expected[0]!.sourceId}/view`);
  });

  it('reads a record link by its title only when the title is all of its text', async () => {
    const deals = await readAfter((doc) => {
      // A hidden part inside the link: the title no longer is all of its text.
      const a0 = rows(doc)[0]!.querySelector('th a[href] span')!;
      const hidden = doc.createElement('span');
      hidden.className = 'slds-assistive-text';
      hidden.textContent = ' (opens a preview)';
      a0.parentElement!.appendChild(hidden);
      // A title that is not the shown text (a tooltip of its own): the text is read.
      rows(doc)[1]!.querySelector('th a[href]')!.setAttribute('title', 'Open this opportunity');
      // No title at all.
      rows(doc)[2]!.querySelector('td[data-label="Account Name"] a[href]')!.removeAttribute('title');
    });
    expect(plain(deals)).toEqual(expected);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedDeal } from '../../../lib/domain/deal';
import { extractPage } from '../../../lib/crm/extract-page';
import { remember, sampleRows, sliceBounds, sliceRows, type ReadMemo } from '../../../lib/crm/row-slice';
import { fixtureUrlOf, loadPage } from '../../../scripts/extract/load-page';

/**
 * The row-slice contract (ExtractOptions.rows): reading a list or board page in slices of 1..4
 * rows and concatenating the deals (a record shown twice kept once, first wins) gives exactly the
 * whole read, for every CRM's list and board fixture; every slice reports the same rowCount.
 */
const DIRS = ['test/fixtures/crm-pages', 'test/fixtures/crm-pages-variants'];
const TODAY = '2026-11-27';
const pages = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.html')).map((file) => ({ dir, file })));

const key = (d: ExtractedDeal) => `${d.crm}:${d.sourceId}`;

describe('row slices of every fixture', () => {
  it.each(pages)('$dir/$file', async ({ dir, file }) => {
    const html = readFileSync(join(dir, file), 'utf8');
    const url = new URL(fixtureUrlOf(html) ?? 'about:blank');
    const page = await loadPage(html, url.href, { runScripts: true });
    try {
      const whole = extractPage(page.document, url, { today: TODAY });
      if (whole.pageKind !== 'list' && whole.pageKind !== 'board') return;
      const total = whole.rowCount;
      expect(total, 'a list/board reader reports rowCount').toBeTypeOf('number');
      if (total === undefined) return;
      // A contacts list (no deals) still counts no rows of a deals table.
      if (whole.deals.length > 0) expect(total).toBeGreaterThanOrEqual(whole.deals.length);
      // Without a memo (each slice on its own) and with one kept for the probe and its slices.
      for (const memo of [undefined, 'memo'] as const) for (const size of [1, 2, 3, 4]) {
        const got = new Map<string, ExtractedDeal>();
        const warnings = new Set<string>();
        const kept: ReadMemo | undefined = memo ? new Map() : undefined;
        if (kept) expect(extractPage(page.document, url, { today: TODAY, rows: { from: 0, count: 0 }, memo: kept }).rowCount).toBe(total);
        for (let from = 0; from < total; from += size) {
          const part = extractPage(page.document, url, { today: TODAY, rows: { from, count: size }, ...(kept ? { memo: kept } : {}) });
          expect(part.rowCount).toBe(total);
          expect(part.deals.length).toBeLessThanOrEqual(size);
          for (const d of part.deals) if (!got.has(key(d))) got.set(key(d), d);
          for (const w of part.warnings) warnings.add(w);
        }
        expect([...got.values()], `slices of ${size}, ${memo ?? 'no memo'}`).toEqual(whole.deals);
        if (kept) expect([...warnings], `warnings of slices of ${size}`).toEqual([...new Set(whole.warnings)]);
      }
      const past = extractPage(page.document, url, { today: TODAY, rows: { from: total, count: 5 } });
      expect(past.deals).toEqual([]);
      expect(past.rowCount).toBe(total);
    } finally {
      await page.close();
    }
  });
});

describe('sliceRows / sampleRows', () => {
  const list = Array.from({ length: 10 }, (_, i) => i);
  it('cuts [from, from + count) and clamps bad bounds', () => {
    expect(sliceRows(list, undefined)).toEqual(list);
    expect(sliceRows(list, { from: 2, count: 3 })).toEqual([2, 3, 4]);
    expect(sliceRows(list, { from: 8, count: 5 })).toEqual([8, 9]);
    expect(sliceRows(list, { from: -3, count: 2 })).toEqual([0, 1]);
    expect(sliceRows(list, { from: 12, count: 2 })).toEqual([]);
    expect(sliceRows(list, { from: 1.7, count: 2.9 })).toEqual([1, 2]);
    expect(sliceRows(list, { from: Number.NaN, count: 1 })).toEqual([0]);
    expect(sliceBounds(10, { from: 3, count: -1 })).toEqual({ start: 3, end: 3 });
  });
  it('samples short lists whole and long ones evenly, first included', () => {
    expect(sampleRows(list, 256)).toEqual(list);
    const long = Array.from({ length: 1000 }, (_, i) => i);
    const s = sampleRows(long, 100);
    expect(s).toHaveLength(100);
    expect(s[0]).toBe(0);
    expect(s[99]).toBe(990);
  });
});

describe('a read memo (ExtractOptions.memo)', () => {
  it('computes once per memo and key, every time without one', () => {
    let calls = 0;
    const memo: ReadMemo = new Map();
    expect(remember(memo, 'a', () => ++calls)).toBe(1);
    expect(remember(memo, 'a', () => ++calls)).toBe(1);
    expect(remember(memo, 'b', () => ++calls)).toBe(2);
    expect(remember(undefined, 'a', () => ++calls)).toBe(3);
    expect(remember(undefined, 'a', () => ++calls)).toBe(4);
  });

  const sfList = async () => {
    const html = readFileSync('test/fixtures/crm-pages/sf-opportunity-list.html', 'utf8');
    const url = new URL(fixtureUrlOf(html)!);
    return { url, page: await loadPage(html, url.href, { runScripts: true }) };
  };

  it('keeps the rows of the probe for its slices; a new memo (the page changed) collects them again', async () => {
    const { url, page } = await sfList();
    try {
      const doc = page.document;
      const memo: ReadMemo = new Map();
      const total = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: 0 }, memo }).rowCount!;
      expect(total).toBeGreaterThan(1);
      const first = doc.querySelector('tr[data-row-key-value]')!;
      const copy = first.cloneNode(true) as Element;
      copy.setAttribute('data-row-key-value', '006Hs00009ZZZZZIA0');
      first.parentNode!.append(copy);
      // Kept: the added row is not in this read (the caller drops the memo when it sees the change).
      const kept = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: total + 1 }, memo });
      expect(kept.rowCount).toBe(total);
      expect(kept.deals.map((d) => d.sourceId)).not.toContain('006Hs00009ZZZZZIA0');
      const fresh = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: total + 1 }, memo: new Map() });
      expect(fresh.rowCount).toBe(total + 1);
      expect(fresh.deals.map((d) => d.sourceId)).toContain('006Hs00009ZZZZZIA0');
    } finally {
      await page.close();
    }
  });

  it("decides a table's date order from its sampled rows' date cells, the same in slices as in a whole read", async () => {
    const { url, page } = await sfList();
    try {
      const doc = page.document;
      // Every date ambiguous (day ≤ 12) except the last row's close date, which only D/M/Y reads.
      const dates = Array.from(doc.querySelectorAll('td[data-label="Close Date"] span[title], td[data-label="Created Date"] span[title]'));
      for (const [i, span] of dates.entries()) span.textContent = `${(i % 9) + 1}/${(i % 3) + 4}/2026`;
      const lastClose = Array.from(doc.querySelectorAll('td[data-label="Close Date"] span[title]')).at(-1)!;
      lastClose.textContent = '25/4/2026';
      const whole = extractPage(doc, url, { today: TODAY });
      expect(whole.deals.at(-1)!.closeDate).toBe('2026-04-25');
      expect(whole.deals[0]!.closeDate).toMatch(/^2026-0[4-6]-0[1-9]$/);
      const memo: ReadMemo = new Map();
      const total = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: 0 }, memo }).rowCount!;
      const sliced: ExtractedDeal[] = [];
      for (let from = 0; from < total; from += 2) sliced.push(...extractPage(doc, url, { today: TODAY, rows: { from, count: 2 }, memo }).deals);
      expect(sliced).toEqual(whole.deals);
    } finally {
      await page.close();
    }
  });

  it('skips a kept row that left the page unseen, reads the others as before', async () => {
    const { url, page } = await sfList();
    try {
      const doc = page.document;
      const whole = extractPage(doc, url, { today: TODAY });
      const memo: ReadMemo = new Map();
      const total = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: 0 }, memo }).rowCount!;
      const gone = doc.querySelectorAll('tr[data-row-key-value]')[1]!;
      const goneId = whole.deals.find((d) => gone.getAttribute('data-row-key-value')!.startsWith(d.sourceId.slice(0, 15)))!.sourceId;
      gone.remove();
      const part = extractPage(doc, url, { today: TODAY, rows: { from: 0, count: total }, memo });
      expect(part.rowCount).toBe(total);
      expect(part.deals).toEqual(whole.deals.filter((d) => d.sourceId !== goneId));
    } finally {
      await page.close();
    }
  });
});

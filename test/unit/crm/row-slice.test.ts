import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedDeal } from '../../../lib/domain/deal';
import { extractPage } from '../../../lib/crm/extract-page';
import { sampleRows, sliceBounds, sliceRows, tableFact } from '../../../lib/crm/row-slice';
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
      for (const size of [1, 2, 3, 4]) {
        const got = new Map<string, ExtractedDeal>();
        for (let from = 0; from < total; from += size) {
          const part = extractPage(page.document, url, { today: TODAY, rows: { from, count: size } });
          expect(part.rowCount).toBe(total);
          expect(part.deals.length).toBeLessThanOrEqual(size);
          for (const d of part.deals) if (!got.has(key(d))) got.set(key(d), d);
        }
        expect([...got.values()], `slices of ${size}`).toEqual(whole.deals);
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

describe('tableFact', () => {
  it('computes a table-wide fact once for the slices of one table, again when its row count changes or a whole read asks', () => {
    const table = {};
    let calls = 0;
    const fact = (rowCount: number, rows?: { from: number; count: number }) => tableFact(table, 'order', rowCount, rows, () => ++calls);
    expect(fact(100, { from: 0, count: 5 })).toBe(1);
    expect(fact(100, { from: 5, count: 5 })).toBe(1);
    expect(fact(101, { from: 10, count: 5 })).toBe(2);
    expect(fact(101)).toBe(3);
    expect(fact(101, { from: 0, count: 5 })).toBe(3);
    expect(tableFact({}, 'order', 101, { from: 0, count: 5 }, () => 'other table')).toBe('other table');
    expect(tableFact(table, 'other fact', 101, { from: 0, count: 5 }, () => 'other fact')).toBe('other fact');
  });
});

import { describe, expect, it } from 'vitest';
import type { RowSlice } from '../../../../lib/crm/contract';
import type { ExtractedDeal } from '../../../../lib/domain/deal';
import { fixedCost, MAX_SLICES, nextCount, readSlices, SliceMerge, TUNING, type SliceExtraction } from '../../../../entrypoints/crm.content/sliced-read';

const deal = (i: number): ExtractedDeal => ({ crm: 'salesforce', sourceId: `id${i}`, name: `Deal ${i}`, status: 'open' });

/** A fake page of `n` rows on a fake clock: each slice costs `overheadMs` + `perRowMs` per row. */
function fakePage(n: () => number, perRowMs: number, overheadMs = 1) {
  let clock = 0;
  const slices: RowSlice[] = [];
  const read = (rows: RowSlice): SliceExtraction => {
    slices.push(rows);
    const end = Math.min(n(), rows.from + rows.count);
    const deals: ExtractedDeal[] = [];
    for (let i = rows.from; i < end; i++) deals.push(deal(i));
    clock += overheadMs + perRowMs * (end - rows.from);
    return { adapter: 'salesforce', url: 'https://x.lightning.force.com/', pageKind: 'list', deals, warnings: ['No amount column.'], rowCount: n() };
  };
  return { read, slices, now: () => clock };
}

describe('slice sizing', () => {
  it('fits the budget at the measured rate, at most doubling, at least one row', () => {
    expect(nextCount(50, 2, 1)).toBe(100); // fast rows: doubles
    expect(nextCount(1000, 40, 0)).toBe(Math.floor(TUNING.budgetMs / 0.04)); // too slow: shrinks to the budget
    expect(nextCount(10, 500, 0)).toBe(1); // one row over the budget: still progresses
    expect(nextCount(4000, 1, 0)).toBe(TUNING.maxCount);
    expect(nextCount(1, 100, 100, 50)).toBe(50); // the fixed cost alone is over the budget: bounded slices
  });

  it('sizes the next slice for the slowest recent rate when one is given', () => {
    expect(nextCount(100, 4, 0)).toBe(Math.floor(TUNING.budgetMs / 0.04));
    expect(nextCount(100, 4, 0, 1, TUNING, 0.2)).toBe(Math.floor(TUNING.budgetMs / 0.2));
    expect(nextCount(100, 4, 0, 1, TUNING, 0.01)).toBe(Math.floor(TUNING.budgetMs / 0.04)); // a faster one is ignored
  });

  it('after a slice slowed 5x (a collection in it), the next slices are sized for that rate', async () => {
    const page = fakePage(() => 5_000, 0.01, 0);
    let n = 0;
    let extra = 0;
    const read = (rows: RowSlice): SliceExtraction => {
      n++;
      const r = page.read(rows);
      if (n === 8) extra += 0.04 * rows.count; // this slice's rows cost 0.05 ms each
      return r;
    };
    const now = () => page.now() + extra;
    const probe = read({ from: 0, count: 0 });
    await readSlices(read, probe, 0, { now, pause: async () => undefined, aborted: () => false });
    // Not only the next slice (sized by the last rate anyway): the two after it too, though they were fast.
    const slow = page.slices[7]!;
    for (const next of page.slices.slice(8, 11)) {
      expect(next.count).toBeLessThanOrEqual(Math.ceil(TUNING.budgetMs / 0.05));
      expect(next.count).toBeLessThan(slow.count);
    }
  });
});

describe('fixed cost per slice', () => {
  it('is found from two slices of different sizes, even when the zero-row probe was cheaper', () => {
    expect(fixedCost([10, 60], [20, 70], 5)).toBeCloseTo(50);
    expect(fixedCost([0, 300], [10, 20], 300)).toBe(20); // a cold probe: never above the cheaper slice
    expect(fixedCost([10, 30], [10, 25], 40)).toBe(25);
  });

  it('a sample read per slice (fixed 60 ms) does not shrink slices to nothing', async () => {
    const page = fakePage(() => 10_000, 0.05, 1);
    let clock = 0;
    const now = () => clock + page.now();
    const read = (rows: RowSlice): SliceExtraction => {
      if (rows.count > 0) clock += 60; // e.g. a table's values sampled again for every slice
      return page.read(rows);
    };
    const probe = read({ from: 0, count: 0 });
    const r = await readSlices(read, probe, 1, { now, pause: async () => undefined, aborted: () => false });
    expect(r?.deals).toHaveLength(10_000);
    // Each slice is ~60 ms whatever its size: fewer, larger slices (not 200 slices of 50 rows).
    expect(page.slices.length).toBeLessThan(30);
  });
});

describe('readSlices', () => {
  it('a huge fixed cost per slice still ends in a bounded number of slices', async () => {
    const page = fakePage(() => 50_000, 0.01, 80);
    const probe = page.read({ from: 0, count: 0 });
    const r = await readSlices(page.read, probe, 80, { now: page.now, pause: async () => undefined, aborted: () => false });
    expect(r?.deals).toHaveLength(50_000);
    expect(page.slices.length).toBeLessThanOrEqual(MAX_SLICES + 2);
  });

  it('reads every row of a 10k list in slices that each stay near the budget, the page getting a turn before each', async () => {
    const page = fakePage(() => 10_000, 0.05);
    let pauses = 0;
    const probe = page.read({ from: 0, count: 0 });
    const r = await readSlices(page.read, probe, 1, { now: page.now, pause: async () => { pauses++; }, aborted: () => false });
    expect(r?.deals).toHaveLength(10_000);
    expect(new Set(r?.deals.map((d) => d.sourceId)).size).toBe(10_000);
    expect(r?.warnings).toEqual(['No amount column.']);
    const sized = page.slices.slice(1);
    expect(pauses).toBe(sized.length);
    // Contiguous and complete.
    sized.forEach((s, i) => expect(s.from).toBe(i === 0 ? 0 : sized[i - 1]!.from + sized[i - 1]!.count));
    for (const s of sized) expect(1 + 0.05 * s.count).toBeLessThanOrEqual(TUNING.budgetMs + 1);
  });

  it('shrinks slices on a slow machine so none is a long task', async () => {
    const page = fakePage(() => 2_000, 2, 3); // 2 ms a row
    const probe = page.read({ from: 0, count: 0 });
    const r = await readSlices(page.read, probe, 3, { now: page.now, pause: async () => undefined, aborted: () => false });
    expect(r?.deals).toHaveLength(2_000);
    const costs = page.slices.slice(1).map((s) => 3 + 2 * s.count);
    expect(Math.max(...costs)).toBeLessThan(50);
    expect(costs.length).toBeLessThanOrEqual(MAX_SLICES + 1);
  });

  it('stops when aborted (navigation, context gone) and when the reader or page kind changes', async () => {
    const page = fakePage(() => 10_000, 0.05);
    const probe = page.read({ from: 0, count: 0 });
    let n = 0;
    expect(await readSlices(page.read, probe, 1, { now: page.now, pause: async () => undefined, aborted: () => ++n > 3 })).toBeNull();
    expect(page.slices.length).toBe(4);
    const other = (rows: RowSlice): SliceExtraction => ({ ...page.read(rows), pageKind: 'record' });
    expect(await readSlices(other, probe, 1, { now: page.now, pause: async () => undefined, aborted: () => false })).toBeNull();
  });

  it('follows the list when rows are added mid-read', async () => {
    let rows = 100;
    const page = fakePage(() => rows, 0.01);
    const probe = page.read({ from: 0, count: 0 });
    const r = await readSlices(page.read, probe, 1, { now: page.now, pause: async () => { rows = 300; }, aborted: () => false, tuning: { ...TUNING, firstCount: 50 } });
    expect(r?.deals).toHaveLength(300);
  });
});

describe('SliceMerge', () => {
  it('keeps the first of a deal shown twice and each warning once', () => {
    const head: SliceExtraction = { adapter: 'salesforce', url: 'u', pageKind: 'list', deals: [deal(1)], warnings: ['a'], rowCount: 3 };
    const m = new SliceMerge(head);
    m.add({ ...head, deals: [{ ...deal(1), name: 'again' }, deal(2)], warnings: ['a', 'b'] });
    const r = m.result();
    expect(r.deals.map((d) => d.name)).toEqual(['Deal 1', 'Deal 2']);
    expect(r.warnings).toEqual(['a', 'b']);
    expect(r.rowCount).toBe(3);
  });
});

import type { RowSlice } from './contract';

/**
 * The row-slice contract (ExtractOptions.rows) in one place, so every list/board reader cuts its
 * row list the same way: bounds clamped to whole, non-negative numbers; no slice = every row.
 */
export function sliceBounds(total: number, rows: RowSlice | undefined): { start: number; end: number } {
  if (!rows) return { start: 0, end: total };
  const from = Number.isFinite(rows.from) ? Math.max(0, Math.floor(rows.from)) : 0;
  const count = Number.isFinite(rows.count) ? Math.max(0, Math.floor(rows.count)) : 0;
  return { start: Math.min(from, total), end: Math.min(total, from + count) };
}

/** The items of `all` that `rows` selects (all of them when `rows` is absent). */
export function sliceRows<T>(all: readonly T[], rows: RowSlice | undefined): T[] {
  const { start, end } = sliceBounds(all.length, rows);
  return start === 0 && end === all.length ? all.slice() : all.slice(start, end);
}

/**
 * Up to `max` items spread evenly over `all` (first included): what a per-table decision that
 * looks at values (the date order of a column) reads, so it is the same for every slice and costs
 * O(max), not O(rows), per slice. Short lists are read whole, exactly as before slicing existed.
 */
export function sampleRows<T>(all: readonly T[], max = 256): T[] {
  if (all.length <= max) return all.slice();
  const out: T[] = [];
  const step = all.length / max;
  for (let i = 0; i < max; i++) out.push(all[Math.floor(i * step)] as T);
  return out;
}

/**
 * What a reader keeps between the slices of ONE read (the zero-row probe and its slices): each
 * table's row list, header mapping, verdicts and warnings, its sampled date order. The caller
 * (the content script) creates one per read and drops it when the page changed between slices;
 * a reader still skips a kept row that left the document (changes in shadow roots go unseen).
 * Without one (npm run extract, a whole read) every call computes afresh.
 */
export type ReadMemo = Map<string, unknown>;

/** `compute()` once per memo and key; every time without a memo. */
export function remember<T>(memo: ReadMemo | undefined, key: string, compute: () => T): T {
  if (!memo) return compute();
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

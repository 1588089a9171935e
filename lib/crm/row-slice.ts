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

/** Table-wide facts kept between slices of one read, by table element and fact name. */
const facts = new WeakMap<object, Map<string, { rowCount: number; value: unknown }>>();

/**
 * A table-wide fact (the date order of a column) computed once per table and reused by the next
 * slices while the table keeps its row count, so a slice costs O(slice), not a resample of the
 * whole table. A read without `rows` (a whole read) always recomputes and refreshes the memo; a
 * zero-row probe never computes (the caller only asks when it reads a row). Keyed weakly by the
 * table element: a removed table takes its facts with it.
 */
export function tableFact<T>(table: object, name: string, rowCount: number, rows: RowSlice | undefined, compute: () => T): T {
  let byName = facts.get(table);
  const known = byName?.get(name);
  if (rows && known && known.rowCount === rowCount) return known.value as T;
  const value = compute();
  if (!byName) { byName = new Map(); facts.set(table, byName); }
  byName.set(name, { rowCount, value });
  return value;
}

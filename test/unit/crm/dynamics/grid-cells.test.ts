import { describe, expect, it } from 'vitest';
import { gridPage as page, readGrid as read } from './grid-page';

/**
 * ag-grid rows hold their cells as children, so the reader walks a row's children instead of
 * querying its insides (decided per grid from its first and last rows). A grid whose rows wrap
 * their cells must still be read cell by cell, with the same deals.
 */

/** Moves each row's cells into one wrapper element inside the row. */
function wrapCells(d: Document): number {
  let n = 0;
  for (const row of Array.from(d.querySelectorAll('[role="row"][row-index]'))) {
    const wrap = d.createElement('div');
    wrap.className = 'cells';
    while (row.firstChild) wrap.appendChild(row.firstChild);
    row.appendChild(wrap);
    n++;
  }
  return n;
}

describe('Dynamics grid: cells as row children or wrapped', () => {
  it('reads the same deals when every row wraps its cells', () => {
    const plain = read(page());
    const d = page();
    expect(wrapCells(d)).toBeGreaterThan(0);
    const wrapped = read(d);
    expect(plain.deals.length).toBeGreaterThan(5);
    expect(wrapped.deals).toEqual(plain.deals);
  });

  it('ignores a child of a row that is not a grid cell', () => {
    const d = page();
    // A non-cell child carrying a mapped column id (a drag ghost, a tooltip): not a value.
    const row = d.querySelectorAll('[role="row"][row-index]')[3]!;
    const ghost = d.createElement('div');
    ghost.setAttribute('col-id', 'name');
    ghost.textContent = 'Ghost name';
    row.prepend(ghost);
    expect(read(d).deals.map((x) => x.name)).not.toContain('Ghost name');
    expect(read(d).deals).toEqual(read(page()).deals);
  });
});

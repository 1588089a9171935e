import { valueText } from '../page-context';
import { ARIA_CELL, ARIA_GRID, byColIndex, cellsOf, spread, tableHeadRow } from './find-grids';
import { normalizeHeader } from './headers';

/**
 * Columns by header text, for taught table mappings. A selector like `td:nth-child(4)` names a
 * position, and CRMs let users reorder, add and hide columns: after that the position holds
 * another field and the mapping would silently read the wrong values. Teach mode therefore also
 * saves the (normalized) header text of each column it read by position, and the reader finds
 * the column by that text again on every read.
 */
export interface ColumnLayout {
  /** Normalized header text per column index ('' for blank headers and colspan gaps). */
  headers: string[];
  /** The row's cells per column index, aligned with `headers`. */
  cells: (row: Element) => (Element | null)[];
}

const ariaCells = (row: Element): (Element | null)[] =>
  byColIndex(Array.from(row.querySelectorAll(ARIA_CELL)).filter((c) => c.closest('[role="row"]') === row));

/** The table, or the ARIA grid (else the rows' common container for a grid without the role). */
const containerOf = (row: Element): Element | null =>
  row.localName === 'tr' ? row.closest('table') : (row.closest(ARIA_GRID) ?? row.parentElement?.parentElement ?? row.parentElement);

function build(row: Element, container: Element): ColumnLayout | null {
  if (row.localName === 'tr') {
    const head = tableHeadRow(container);
    if (!head || head === row) return null;
    return { headers: spread(cellsOf(head)).map((c) => (c ? normalizeHeader(valueText(c)) : '')), cells: (r) => spread(cellsOf(r)) };
  }
  const grid = row.closest(ARIA_GRID);
  const heads = byColIndex(Array.from(container.querySelectorAll('[role="columnheader"]')).filter((h) => h.closest(ARIA_GRID) === grid));
  if (!heads.some((h) => h !== null)) return null;
  return { headers: heads.map((c) => (c ? normalizeHeader(valueText(c)) : '')), cells: ariaCells };
}

/** Header layouts of tables and grids, built once per container while reading one page. */
export function layoutReader(): (row: Element) => ColumnLayout | null {
  const cache = new Map<Element, ColumnLayout | null>();
  return (row) => {
    const container = containerOf(row);
    if (!container) return null;
    if (!cache.has(container)) cache.set(container, build(row, container));
    return cache.get(container) ?? null;
  };
}

/**
 * Teach time: the normalized header text of the column `cell` sits in, when it names exactly one
 * column (an empty or repeated header cannot find the column again, so none is saved).
 */
export function columnHeaderOf(row: Element, cell: Element): string | null {
  const layout = layoutReader()(row);
  if (!layout) return null;
  const index = layout.cells(row).indexOf(cell);
  const header = index >= 0 ? layout.headers[index] : undefined;
  if (!header || header.length > 200 || layout.headers.filter((h) => h === header).length !== 1) return null;
  return header;
}

/** Read time: the cell of `row` under `header`, or `gone` when no column has that header now. */
export function cellUnder(row: Element, header: string, layout: ColumnLayout | null): { cell: Element | null } | 'gone' {
  const index = layout ? layout.headers.indexOf(header) : -1;
  if (!layout || index < 0) return 'gone';
  return { cell: layout.cells(row)[index] ?? null };
}

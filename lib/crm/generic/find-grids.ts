import { deepQueryAll } from '../dom';
import { valueText } from '../page-context';

/**
 * Finds the tabular lists of a page in the three shapes CRMs render them: HTML tables, ARIA
 * grids (`grid`/`treegrid`/`table` with `row`, `columnheader`, `gridcell`), and plain div grids
 * (a header strip followed by repeated rows with one child per column).
 */
export interface Grid {
  el: Element;
  kind: 'table' | 'aria' | 'div';
  headers: string[];
  rows: { row: Element; cells: (Element | null)[] }[];
}

export const ARIA_GRID = '[role="grid"],[role="treegrid"],[role="table"]';
export const ARIA_CELL = '[role="gridcell"],[role="cell"],[role="rowheader"]';
const STATE_CLASS = /^(?:odd|even|selected|active|hover|hovered|focus|focused|first|last|striped|highlight(?:ed)?|checked|expanded|collapsed|is-.*|has-.*)$/i;

/** Cells by column, with `colspan` spread so indexes line up with the header row. */
export function spread(cells: Element[]): (Element | null)[] {
  const out: (Element | null)[] = [];
  for (const c of cells) {
    out.push(c);
    const span = Math.min(Number(c.getAttribute('colspan') ?? '1') || 1, 50);
    for (let i = 1; i < span; i++) out.push(null);
  }
  return out;
}

export const ownRows = (table: Element): Element[] =>
  Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
export const cellsOf = (tr: Element): Element[] => Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');

/** The header row of a table: the last `<thead>` row, else the first row of header cells only. */
export function tableHeadRow(table: Element, rows: readonly Element[] = ownRows(table)): Element | undefined {
  const headRows = rows.filter((tr) => tr.parentElement?.tagName === 'THEAD');
  return headRows[headRows.length - 1] ?? rows.find((tr) => cellsOf(tr).every((c) => c.tagName === 'TH'));
}

function htmlTable(table: Element): Grid | null {
  const rows = ownRows(table);
  const headRow = tableHeadRow(table, rows);
  if (!headRow) return null;
  const headers = spread(cellsOf(headRow)).map((c) => (c ? valueText(c) : ''));
  const body = rows.filter((tr) => tr !== headRow && tr.parentElement?.tagName !== 'THEAD' && cellsOf(tr).some((c) => c.tagName === 'TD'));
  return { el: table, kind: 'table', headers, rows: body.map((row) => ({ row, cells: spread(cellsOf(row)) })) };
}

/** ARIA column position: `aria-colindex` when the grid virtualises columns, else document order. */
export function byColIndex(cells: Element[]): (Element | null)[] {
  if (!cells.length || !cells.every((c) => c.hasAttribute('aria-colindex'))) return cells;
  const out: (Element | null)[] = [];
  for (const c of cells) {
    const i = Number(c.getAttribute('aria-colindex')) - 1;
    if (Number.isInteger(i) && i >= 0 && i < 500) out[i] = c;
  }
  return Array.from(out, (c) => c ?? null);
}

function ariaGrid(grid: Element): Grid | null {
  const mine = (el: Element) => el.closest(ARIA_GRID) === grid;
  const headerCells = byColIndex(Array.from(grid.querySelectorAll('[role="columnheader"]')).filter(mine));
  if (!headerCells.length) return null;
  const headers = headerCells.map((c) => (c ? valueText(c) : ''));
  const rows = Array.from(grid.querySelectorAll('[role="row"]'))
    .filter((r) => mine(r) && !r.querySelector('[role="columnheader"]'))
    .map((row) => ({ row, cells: byColIndex(Array.from(row.querySelectorAll(ARIA_CELL)).filter((c) => c.closest('[role="row"]') === row)) }))
    .filter((r) => r.cells.length > 0);
  return { el: grid, kind: 'aria', headers, rows };
}

/** Tag, role and non-state classes: rows of one list share it even when striped or selected. */
export function signature(el: Element): string {
  const classes = Array.from(el.classList).filter((c) => !STATE_CLASS.test(c)).sort().join('.');
  return `${el.tagName}|${el.getAttribute('role') ?? ''}|${classes}`;
}

/** A header strip for rows of `k` cells: a sibling before the rows, or the container's previous sibling. */
function headerStrip(container: Element, firstRow: Element, k: number): Element | null {
  const strips: Element[] = [];
  for (let s = firstRow.previousElementSibling; s; s = s.previousElementSibling) strips.push(s);
  const prev = container.previousElementSibling;
  if (prev) strips.push(prev, ...Array.from(prev.children));
  return strips.find((s) => s.children.length === k && Array.from(s.children).every((c) => valueText(c).length <= 80)) ?? null;
}

function divGrid(container: Element): Grid | null {
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (child.children.length < 3) continue;
    const key = `${signature(child)}#${child.children.length}`;
    groups.set(key, [...(groups.get(key) ?? []), child]);
  }
  let rows: Element[] = [];
  for (const g of groups.values()) if (g.length > rows.length) rows = g;
  const first = rows[0];
  if (rows.length < 2 || !first) return null;
  const k = first.children.length;
  const strip = headerStrip(container, first, k);
  if (!strip) return null;
  return {
    el: container,
    kind: 'div',
    headers: Array.from(strip.children).map((c) => valueText(c)),
    rows: rows.map((row) => ({ row, cells: Array.from(row.children) })),
  };
}

/** Every grid of the page (tables first, then ARIA grids, then div grids not inside either). */
export function findGrids(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const t of deepQueryAll(root, 'table')) {
    const g = htmlTable(t);
    if (g) grids.push(g);
  }
  for (const el of deepQueryAll(root, ARIA_GRID)) {
    if (el.tagName === 'TABLE' || el.closest('table')) continue;
    const g = ariaGrid(el);
    if (g) grids.push(g);
  }
  const inside = (el: Element) => grids.some((g) => g.el === el || g.el.contains(el));
  for (const el of deepQueryAll(root, 'div,ul,ol,section,tbody')) {
    if (el.closest('table') || el.closest(ARIA_GRID) || el.querySelector('table') || inside(el)) continue;
    const g = divGrid(el);
    if (g) grids.push(g);
  }
  return grids;
}

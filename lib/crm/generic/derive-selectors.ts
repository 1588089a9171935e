import type { MappedField } from '../../domain/mapping';
import { valueText } from '../page-context';
import { columnHeaderOf } from './column-headers';
import { ancestorPart, partsFor, sharedPart } from './css-parts';
import { rowAttrId } from './record-id';
import { COLUMN_HEADING } from './taught';

/**
 * Teach mode, pure part: from the elements the user clicked in ONE example deal, derive a row
 * selector that finds every deal of the list and field selectors relative to the row, so the
 * mapping reads all rows the way the user read one.
 */
export type Picks = Partial<Record<MappedField, Element>>;

export interface DerivedMapping {
  row: string;
  fields: Partial<Record<MappedField, string>>;
  /** Row attribute carrying the record id, `link` for the name's link, or null (hash of the name). */
  idFrom: string | null;
  /** Header text of the columns read by position (see column-headers.ts). */
  columns: Partial<Record<MappedField, string>>;
}

export type DeriveResult =
  | { ok: true; mapping: DerivedMapping; rows: Element[] }
  | { ok: false; reason: 'no-name' | 'no-row' };

const CELL = 'td,th,[role="gridcell"],[role="cell"],[role="columnheader"],[role="rowheader"]';
const isCell = (el: Element) => el.matches(CELL);
/** Does the selector's last step name the cell by its position (which reordering columns changes)? */
const byPosition = (sel: string) => /:nth-child\(|\[aria-colindex=/.test(sel.split(' > ').pop() ?? sel);
const picked = (p: Picks) => Object.values(p).filter((e): e is Element => !!e);

function commonAncestor(els: Element[]): Element | null {
  const [first, ...rest] = els;
  for (let a: Element | null = first ?? null; a; a = a.parentElement) if (rest.every((e) => a.contains(e))) return a;
  return null;
}

/** Siblings that look like `el` (same tag and role): the other rows of its list. */
const likeSiblings = (el: Element): Element[] =>
  el.parentElement
    ? Array.from(el.parentElement.children).filter((s) => s.localName === el.localName && s.getAttribute('role') === el.getAttribute('role'))
    : [el];

/** The clicked element widened to what holds the value: its cell in a table, else the largest wrapper with the same text. */
function snap(el: Element, row: Element): Element {
  const cell = el.closest(CELL);
  if (cell && cell !== row && row.contains(cell) && cell.parentElement && (cell.parentElement === row || row.contains(cell.parentElement))) return cell;
  let cur = el;
  const text = valueText(el);
  while (cur.parentElement && cur.parentElement !== row && valueText(cur.parentElement) === text) cur = cur.parentElement;
  return cur;
}

/** The first selector (short and stable first, then a path from the row) that finds `el` in `row` and a match in most rows. */
function fieldSelector(row: Element, el: Element, rows: readonly Element[]): string | null {
  const worksInRow = (sel: string) => {
    try { return row.querySelector(sel) === el; } catch { return false; }
  };
  const worksElsewhere = (sel: string) => rows.filter((r) => r.querySelector(sel) !== null).length * 2 >= rows.length;
  const positionFirst = isCell(el);
  for (const part of partsFor(el, { positionFirst })) {
    if (part.includes(':nth-child') || part === el.localName) continue; // positions only inside a path
    if (worksInRow(part) && worksElsewhere(part)) return part;
  }
  // A path from the row: each step the best part that is unique among its siblings.
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== row; cur = cur.parentElement) {
    const parent: Element | null = cur.parentElement;
    if (!parent) return null;
    const node = cur;
    const unique = partsFor(node, { positionFirst: isCell(node) }).find((p) => {
      try { return Array.from(parent.children).filter((c) => c.matches(p)).length === 1; } catch { return false; }
    });
    steps.unshift(unique ?? `${node.localName}:nth-child(1)`);
  }
  const path = `:scope > ${steps.join(' > ')}`;
  return worksInRow(path) ? path : null;
}

/** The row: the lowest ancestor of the picks (not a cell) whose look-alike siblings hold a name too. */
function findRow(picks: Picks, nameEl: Element): { row: Element; rows: Element[] } | null {
  // The stage may be a board column's heading, outside the card: it does not say where the row is.
  const { stage: _stage, ...inRow } = picks;
  const base = commonAncestor(picked(inRow));
  for (let a: Element | null = base; a && a.parentElement; a = a.parentElement) {
    if (isCell(a) || a.localName === 'body' || a.localName === 'html') continue;
    const rows = likeSiblings(a);
    if (rows.length < 2) continue;
    const nameSel = fieldSelector(a, snap(nameEl, a), rows);
    if (!nameSel) continue;
    const others = rows.filter((r) => r !== a);
    const withName = others.filter((r) => valueText(r.querySelector(nameSel)).length > 0).length;
    if (withName * 2 >= others.length) return { row: a, rows: rows.filter((r) => r === a || r.querySelector(nameSel)) };
  }
  const lone = base?.closest('tr,[role="row"]');
  return lone ? { row: lone, rows: [lone] } : null;
}

/** A selector matching the rows, scoped by ancestors until it matches nothing else in `root`. */
function rowSelector(root: ParentNode, rows: readonly Element[]): string {
  const set = new Set(rows);
  let sel = sharedPart(rows);
  let anc = rows[0]?.parentElement ?? null;
  const exact = (s: string) => {
    try {
      const found = Array.from(root.querySelectorAll(s));
      return found.length === set.size && found.every((f) => set.has(f));
    } catch { return false; }
  };
  for (let depth = 0; depth < 6 && anc && !exact(sel); depth++, anc = anc.parentElement) {
    const part = ancestorPart(anc);
    sel = `${part} > ${sel}`;
    if (part.startsWith('#')) break;
  }
  return sel;
}

export function deriveSelectors(root: ParentNode, picks: Picks): DeriveResult {
  const nameEl = picks.name;
  if (!nameEl) return { ok: false, reason: 'no-name' };
  const found = findRow(picks, nameEl);
  if (!found) return { ok: false, reason: 'no-row' };
  const { row, rows } = found;
  const fields: DerivedMapping['fields'] = {};
  const columns: DerivedMapping['columns'] = {};
  for (const [field, el] of Object.entries(picks) as [MappedField, Element | undefined][]) {
    if (!el) continue;
    // A stage clicked outside the card: the board column's heading (the same for every card in it).
    if (field === 'stage' && !row.contains(el)) {
      if (rows.length > 0 && !el.contains(row)) fields.stage = COLUMN_HEADING;
      continue;
    }
    if (!row.contains(el)) continue;
    const cell = snap(el, row);
    const sel = fieldSelector(row, cell, rows);
    if (!sel) continue;
    fields[field] = sel;
    const header = isCell(cell) && byPosition(sel) ? columnHeaderOf(row, cell) : null;
    if (header) columns[field] = header;
  }
  if (!fields.name) return { ok: false, reason: 'no-row' };
  const ids = rows.map((r) => rowAttrId(r));
  const attr = ids[0]?.attr;
  const distinct = new Set(ids.map((i) => i?.value)).size === rows.length;
  const nameHasLink = !!(nameEl.closest('a[href]') ?? row.querySelector(fields.name)?.querySelector('a[href]'));
  const idFrom = attr && distinct && ids.every((i) => i?.attr === attr) ? attr : nameHasLink ? 'link' : null;
  return { ok: true, mapping: { row: rowSelector(root, rows), fields, idFrom, columns }, rows };
}

/** The path pattern a mapping is saved for: id-like segments (digits, uuids) become `*`. */
export function pathPatternFor(url: URL): string {
  const segs = url.pathname.split('/').map((s) => (/\d/.test(s) || /^[0-9a-f-]{16,}$/i.test(s) ? '*' : s));
  return segs.join('/') || '/';
}

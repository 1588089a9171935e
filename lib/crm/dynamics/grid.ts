import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractResult, RowSlice } from '../contract';
import { deepText, isRendered, needsDeepText, SHOWN_LINK } from '../dom';
import { lightFirstQueryAll, queryRows } from '../row-query';
import { cellText, type CellPlans } from '../cell-plan';
import { inferDateOrder } from '../page-context';
import { DATE_ORDER_FIELDS } from '../table-date-context';
import { normalizeGuid, safeRecordUrl, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-dynamics';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import { remember, sampleRows, sliceRows, type ReadMemo } from '../row-slice';
import { API_FIELDS, SELECTORS } from './selectors';

type Fields = Map<string, DealColumn | null>;

function fieldOfCol(colId: string, label: string): DealColumn | null {
  const api = colId.toLowerCase().replace(/^a_[0-9a-f]+\./, '');
  if (api in API_FIELDS) return (API_FIELDS as Record<string, DealColumn | null>)[api] ?? null;
  return columnField(label);
}

/** The entity a grid control shows, from its `data-lp-id` (`…|entity_control|opportunity|…`). */
function gridEntity(grid: Element): string | null {
  let el: Element | null = grid;
  while (el) {
    const lp = el.getAttribute('data-lp-id');
    if (lp && /Grid/.test(lp)) {
      const parts = lp.split('|');
      return parts.length >= 3 ? (parts[2] ?? null) : null;
    }
    el = el.parentElement;
  }
  return null;
}

function idFromLinks(rows: readonly Element[]): string | null {
  for (const row of rows) for (const cell of Array.from(row.querySelectorAll(SELECTORS.agCell))) {
    const a = cell.querySelector(SELECTORS.recordLink);
    const href = a?.getAttribute('href');
    if (href && /etn=opportunity/.test(href)) {
      const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
      const guid = normalizeGuid(id);
      if (guid) return guid;
    }
  }
  return null;
}

/** One record: its row elements (pinned + center), merged by row-id / row-index. */
interface MergedRow { index: number; rawId: string | null; els: Element[] }

/** A grid decided once (header fields, light or deep text) and its records in row-index order. */
interface GridRows {
  grid: Element; fields: Fields; light: boolean; rows: MergedRow[];
  /** How its rows are checked for being rendered: up to the grid, shared containers once. */
  vis: { computed: false; within: Element; rendered: Set<Element> };
  /** Elements with a column header inside (row elements among them are header rows, never read). */
  heads: Set<Element>;
  /** The grid's date order (from a sample of its records) once its first record is read; null = undecided. */
  order?: 'MDY' | 'DMY' | null;
  /** The cell shape of each column (by col-id), see cellText. */
  plans: CellPlans;
  /** Its first and last rows hold every cell as a child (ag-grid's own markup): rows are read child by child. */
  direct: boolean;
}

/** Whether `row`'s cells are all its children (one querySelectorAll, for a grid's first and last rows only). */
function cellsAreChildren(row: Element): boolean {
  const all = row.querySelectorAll(SELECTORS.agCell);
  for (let i = 0; i < all.length; i++) if ((all[i] as Element).parentElement !== row) return false;
  return true;
}

/** Records of a grid from attributes only (no text read): what a slice is cut from. */
function mergedRows(grid: Element): MergedRow[] {
  const merged = new Map<string, MergedRow>();
  const els = queryRows(grid, SELECTORS.agRow);
  for (let i = 0; i < els.length; i++) {
    const row = els[i] as Element;
    const rawId = row.getAttribute('row-id');
    // The other half of a record already seen (ag-grid's pinned + center rows) needs no row-index.
    const known = rawId === null ? undefined : merged.get(rawId);
    if (known) { known.els.push(row); continue; }
    const index = Number(row.getAttribute('row-index') ?? NaN);
    const key = rawId ?? (Number.isFinite(index) ? `#${index}` : null);
    if (!key) continue;
    const entry = rawId === null ? merged.get(key) : undefined;
    if (entry) entry.els.push(row);
    else merged.set(key, { index: Number.isFinite(index) ? index : Number.MAX_SAFE_INTEGER, rawId, els: [row] });
  }
  // Stable: records without a row-index keep document order after the indexed ones.
  return [...merged.values()].sort((a, b) => a.index - b.index);
}

/** A record's texts (`only` these fields, when given) and name link, or null when none of its elements is a rendered data row. */
function readRecord(g: GridRows, r: MergedRow, only?: readonly DealColumn[]): { id: string | null; texts: RowTexts; href: string | null } | null {
  const texts: RowTexts = {};
  let href: string | null = null;
  const read: Element[] = [];
  for (const row of r.els) {
    if (g.heads.has(row) || !isRendered(row, g.vis)) continue;
    read.push(row);
    // ag-grid's cells are the row's children (g.direct): no query of the cells' insides per row.
    const found = g.direct ? null : row.querySelectorAll(SELECTORS.agCell);
    let i = 0;
    for (let cell = found ? found[0] : row.firstElementChild; cell; cell = found ? found[++i] : cell.nextElementSibling) {
      const col = cell.getAttribute('col-id');
      if (col === null) continue;
      const field = g.fields.get(col) ?? null;
      if (!field || texts[field] !== undefined || (only && !only.includes(field))) continue;
      if (!found && cell.getAttribute('role') !== 'gridcell') continue;
      texts[field] = g.light ? cellText(cell, g.plans, col) : deepText(cell);
      if (field === 'name') href = cell.querySelector(SHOWN_LINK)?.getAttribute('href') ?? null;
    }
  }
  if (read.length === 0) return null;
  return { id: normalizeGuid(r.rawId) ?? idFromLinks(read), texts, href };
}

/**
 * The grid's column headers. ag-grid renders its header block before its body, so those before
 * the first data cell in document order are found without walking the rows (a query of the whole
 * grid walked every cell of a 10k-record view: ~8 % of its read). A grid with none there is
 * searched whole.
 */
function headersOf(grid: Element): Element[] {
  const first = grid.querySelector(SELECTORS.agCell);
  const out: Element[] = [];
  const chain: Element[] = [];
  for (let a = first; a && a !== grid; a = a.parentElement) chain.push(a);
  // Every earlier sibling of each of the cell's ancestors, outermost first: document order.
  for (let k = chain.length - 1; k >= 0; k--) {
    const a = chain[k]!;
    for (let s = a.parentElement?.firstElementChild ?? null; s && s !== a; s = s.nextElementSibling) {
      if (s.matches(SELECTORS.agAnyHeader)) out.push(s);
      for (const h of Array.from(s.querySelectorAll(SELECTORS.agAnyHeader))) out.push(h);
    }
  }
  return out.length ? out : Array.from(grid.querySelectorAll(SELECTORS.agAnyHeader));
}

/** The opportunity grids of the page with their header fields; other entities' grids are left out. */
function gridsOf(root: ParentNode): GridRows[] {
  const out: GridRows[] = [];
  for (const grid of lightFirstQueryAll(root, SELECTORS.agGrid)) {
    const entity = gridEntity(grid);
    if (entity && entity !== 'opportunity') continue;
    if (!isRendered(grid)) continue;
    const fields: Fields = new Map();
    // One walk of the grid for its column headers: the ancestors of every one (up to the grid) are
    // kept, so a row with a header inside is skipped without a query per row (readRecord).
    const heads = new Set<Element>();
    for (const h of headersOf(grid)) {
      for (let e: Element | null = h; e && e !== grid && !heads.has(e); e = e.parentElement) heads.add(e);
      if (!h.matches(SELECTORS.agHeader)) continue;
      const col = h.getAttribute('col-id') ?? '';
      const label = h.querySelector(SELECTORS.agHeaderLabel)?.getAttribute('title') ?? deepText(h);
      fields.set(col, fieldOfCol(col, label));
    }
    const present = new Set(fields.values());
    if (!present.has('name') || !(['amount', 'stage', 'closeDate', 'status'] as DealColumn[]).some((f) => present.has(f))) continue;
    const rows = mergedRows(grid);
    const first = rows[0]?.els[0];
    const last = rows[rows.length - 1]?.els[0];
    const ends = [...(rows[0]?.els ?? []), ...(rows[rows.length - 1]?.els ?? [])];
    out.push({ grid, fields, rows, heads, vis: { computed: false, within: grid, rendered: new Set() }, plans: new Map(), light: !!first && !!last && !needsDeepText(first) && !needsDeepText(last), direct: ends.length > 0 && ends.every(cellsAreChildren) });
  }
  return out;
}

/**
 * Reads Power Apps grid (ag-grid) opportunity views. ag-grid renders each record twice (pinned
 * checkbox row + center row) and in DOM order unrelated to `row-index`: fragments are merged by
 * row-id/row-index, cells mapped by `col-id` (the attribute logical name) or header label.
 * `slice` selects records in row-index order (ExtractOptions.rows); `rowCount` counts them all.
 */
export function readAgGrid(root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  const warnings: string[] = [];
  const deals: ExtractedDeal[] = [];
  const seen = new Set<string>();
  // Grids, merged and sorted records once per read (ReadMemo): a slice costs O(its records).
  const all = remember(memo, 'ag-grid', () => gridsOf(root).flatMap((g) => g.rows.map((r) => ({ g, r }))));
  const contexts = new Map<GridRows, RowContext>();
  // A whole read keeps its sampled records' reads (each record is then read once); a slice reads
  // only the sampled records' date cells (the first slice of a long grid samples 256 of them).
  const read = new Map<MergedRow, NonNullable<ReturnType<typeof readRecord>>>();
  const only = slice ? DATE_ORDER_FIELDS : undefined;
  for (const { g, r: kept } of sliceRows(all, slice)) {
    // A kept record's elements may have left the page unseen (ReadMemo): read those still there.
    const r = kept.els.every((el) => el.isConnected) ? kept : { ...kept, els: kept.els.filter((el) => el.isConnected) };
    const p = (r === kept && read.get(r)) || readRecord(g, r);
    if (!p) continue;
    if (!p.id) { warnings.push('Skipped a grid row without a record id.'); continue; }
    if (seen.has(p.id)) continue;
    let c = contexts.get(g);
    if (!c) {
      // Date order from (a sample of) the whole grid, so every slice decides alike; sampled once
      // per grid and read (the grid is kept in the read's memo).
      g.order ??= inferDateOrder(
        sampleRows(g.rows).flatMap((x) => { const t = readRecord(g, x, only); if (t && !only) read.set(x, t); return t ? [t.texts.closeDate ?? '', t.texts.createdDate ?? ''] : []; })) ?? null;
      c = { ...ctx, dateOrder: g.order ?? ctx.dateOrder };
      contexts.set(g, c);
    }
    const link = safeRecordUrl(p.href, url) ?? safeRecordUrl(`/main.aspx?pagetype=entityrecord&etn=opportunity&id=${p.id}`, url);
    const deal = dealFromTexts(p.id, p.texts, c, link);
    if (deal) { deals.push(deal); seen.add(p.id); }
  }
  return { deals, warnings, rowCount: all.length };
}

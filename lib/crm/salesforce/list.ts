import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractResult, RowSlice } from '../contract';
import { collapse, deepQuery, deepText, isRendered, needsDeepText } from '../dom';
import { lightFirstQueryAll } from '../row-query';
import { cellText, type CellPlans } from '../cell-plan';
import { inferDateOrder } from '../page-context';
import { DATE_ORDER_FIELDS } from '../table-date-context';
import { safeRecordUrl, salesforceId18, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-salesforce';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import { remember, sampleRows, sliceRows, type ReadMemo } from '../row-slice';
import { API_FIELDS, SELECTORS } from './selectors';
import { OPPORTUNITY_PREFIX } from './urls';

/** A deals table needs a name column plus at least one deal-only column; a contacts list has none. */
const DEAL_ONLY: readonly DealColumn[] = ['amount', 'stage', 'closeDate', 'probability'];

function apiField(key: string | null): DealColumn | null {
  if (!key) return null;
  // `Amount-CUSTOM_TYPE-4`, `Account.Name-CUSTOM_TYPE-3`
  const api = key.replace(/-[A-Z_]+-\d+$/, '').replace(/-\d+$/, '');
  return (API_FIELDS as Record<string, DealColumn>)[api] ?? null;
}

function headerLabel(th: Element): string {
  return th.getAttribute('aria-label') ?? deepQuery(th, SELECTORS.lightningHeaderLabel)?.getAttribute('title') ?? deepText(th);
}

/** One datatable: its rows and what is decided once per table (never per row). */
interface Table {
  el: Element;
  rows: Element[];
  byIndex: (DealColumn | null)[];
  /**
   * The fields of the first row's cells by position, and how many cells it has. A row with as many
   * cells is a row of the same columns (a datatable renders every row from one column list), so its
   * cells' attributes are not read again: ~14 attribute reads per row (npm run bench, read-*).
   */
  columns: (DealColumn | null)[];
  /** Per cell position: the attributes last seen there and their field (a column's cells repeat them). */
  cellFields: ({ label: string | null; key: string | null; field: DealColumn | null; byLabel: boolean } | undefined)[];
  /** Rows rendered in the light DOM with nothing in shadow roots: read with textContent. */
  light: boolean;
  /** The cell shape of each column (by position; a link: by ~position), see cellText. */
  plans: CellPlans;
  /** This table's date order (from a sample of its rows), once its first row is read: null = undecided. */
  order?: 'MDY' | 'DMY' | null;
  /** How its rows are checked for being rendered: up to the table, each shared tbody once. */
  vis: { computed: false; within: Element; rendered: Set<Element> };
}

function cellField(t: Table, cell: Element, i: number): DealColumn | null {
  const label = cell.getAttribute('data-label');
  const known = t.cellFields[i];
  // A label that names a field decides alone: the key is read only when it could matter.
  if (known?.label === label && known.byLabel) return known.field;
  const key = cell.getAttribute('data-col-key-value');
  if (known && known.label === label && known.key === key) return known.field;
  const byLabel = label ? columnField(label) : null;
  // A cell labelled with a column that is no deal field is none (a column the user added): the
  // header position decides only for cells without a label.
  const field = byLabel ?? apiField(key) ?? (label ? null : (t.byIndex[i] ?? null));
  t.cellFields[i] = { label, key, field, byLabel: byLabel !== null };
  return field;
}

/**
 * A record link's shown text. Lightning titles each lookup link with the record's name: when the
 * link's whole text (one native walk, no node of it touched from script) is exactly that title,
 * no hidden text is in it and the title is the text; else the link's learned cell plan reads it.
 */
function linkText(link: Element, plans: CellPlans, key: number): string {
  const title = link.getAttribute('title');
  return title && link.textContent === title ? collapse(title) : cellText(link, plans, key, true);
}

/** A row's texts by field (`only` these, when given) and its name link. */
function readRow(t: Table, row: Element, only?: readonly DealColumn[]): { texts: RowTexts; href: string | null } {
  const texts: RowTexts = {};
  let href: string | null = null;
  const columns = t.columns.length && row.childElementCount === t.columns.length ? t.columns : null;
  // Siblings, not `row.children[i]`: a collection's indexed access costs more per cell.
  for (let cell = row.firstElementChild, i = 0; cell; cell = cell.nextElementSibling, i++) {
    const field = columns ? (columns[i] as DealColumn | null) : cellField(t, cell, i);
    if (!field || texts[field] !== undefined || (only && !only.includes(field))) continue;
    const link = field === 'name' || field === 'account' || field === 'owner' ? (t.light ? cell.querySelector(SELECTORS.cellLink) : deepQuery(cell, SELECTORS.cellLink)) : null;
    texts[field] = !t.light ? deepText(link ?? cell) : link ? linkText(link, t.plans, ~i) : cellText(cell, t.plans, i);
    if (field === 'name') href = link?.getAttribute('href') ?? null;
  }
  return { texts, href };
}

/** The page's datatables in document order, each with its rows (light DOM first, see lightFirstQueryAll). */
function tablesOf(root: ParentNode): Table[] {
  const tables = new Map<Element, Element[]>();
  let lastParent: Node | null = null;
  let lastList: Element[] | null = null;
  for (const row of lightFirstQueryAll(root, SELECTORS.lightningRow)) {
    // Rows of one tbody are consecutive: look the table up once per run of siblings.
    if (row.parentNode !== lastParent || !lastList) {
      lastParent = row.parentNode;
      const table = row.closest('table') ?? row.parentElement;
      if (!table) { lastList = null; continue; }
      lastList = tables.get(table) ?? [];
      tables.set(table, lastList);
    }
    lastList.push(row);
  }
  return [...tables].map(([el, rows]) => ({ el, rows, byIndex: headerFields(el), columns: [], cellFields: [], light: true, plans: new Map(), vis: { computed: false, within: el, rendered: new Set() } }));
}

/** Column fields of a table, by header position (cells also carry data-label, used first). */
function headerFields(table: Element): (DealColumn | null)[] {
  // The header comes before the rows: querySelector stops there instead of walking 10k rows.
  return Array.from(table.querySelector(SELECTORS.lightningHead)?.querySelectorAll(SELECTORS.lightningHeader) ?? []).map((th) => columnField(headerLabel(th)) ?? apiField(th.getAttribute('data-col-key-value')));
}

/** The fields a table shows: its header plus its first row's cells (per table, not per row). */
function tableFields(t: Table): Set<DealColumn> {
  const fields = new Set<DealColumn>(t.byIndex.filter((f): f is DealColumn => f !== null));
  const first = t.rows[0];
  if (first) for (let i = 0; i < first.children.length; i++) {
    const f = cellField(t, first.children[i] as Element, i);
    t.columns.push(f);
    if (f) fields.add(f);
  }
  return fields;
}

/** The opportunity tables of the page, their rows in order and the tables skipped: once per read (ReadMemo). */
function acceptedTables(root: ParentNode): { all: { t: Table; row: Element }[]; warnings: string[] } {
  const warnings: string[] = [];
  const accepted: Table[] = [];
  for (const t of tablesOf(root)) {
    if (!isRendered(t.el)) continue;
    const fields = tableFields(t);
    if (!fields.has('name') || !DEAL_ONLY.some((f) => fields.has(f))) {
      warnings.push(`Skipped a table of ${t.rows.length} rows: its columns are not those of opportunities.`);
      continue;
    }
    const first = t.rows[0];
    const last = t.rows[t.rows.length - 1];
    t.light = !!first && !!last && !needsDeepText(first) && !needsDeepText(last);
    accepted.push(t);
  }
  return { all: accepted.flatMap((t) => t.rows.map((row) => ({ t, row }))), warnings };
}

/**
 * Reads the rendered Lightning datatables of an opportunity list view (light or shadow DOM).
 * `rows` selects a slice of the rows of the opportunity tables (ExtractOptions.rows); `rowCount`
 * counts them all. With a memo the tables are found once per read, so a slice costs O(its rows).
 */
export function readLightningList(root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  const { all, warnings: skipped } = remember(memo, 'sf-list', () => acceptedTables(root));
  const warnings = skipped.slice();
  const deals: ExtractedDeal[] = [];
  const seen = new Set<string>();
  const rowCtx = new Map<Table, RowContext>();
  // A whole read keeps its sampled rows' reads (each row is then read once); a slice reads only
  // the sampled rows' date cells: the first slice of a long list samples 256 rows, each touched
  // for the first time (that slice was an 11-50 ms task on the 10k-row bench page).
  const read = new Map<Element, ReturnType<typeof readRow>>();
  const only = slice ? DATE_ORDER_FIELDS : undefined;
  for (const { t, row } of sliceRows(all, slice)) {
    if (!row.isConnected || !isRendered(row, t.vis)) continue;
    const id = salesforceId18(row.getAttribute('data-row-key-value'));
    if (!id) continue;
    if (!id.startsWith(OPPORTUNITY_PREFIX)) { warnings.push(`Skipped row ${id}: not an opportunity id.`); continue; }
    if (seen.has(id)) continue;
    // Date order from the values of (a sample of) the whole table, so every slice agrees;
    // sampled once per table and read (the table is kept in the read's memo).
    if (t.order === undefined) {
      const sample = sampleRows(t.rows).filter((r) => isRendered(r, t.vis)).map((r) => { const x = readRow(t, r, only); if (!only) read.set(r, x); return x.texts; });
      t.order = inferDateOrder(sample.flatMap((x) => [x.closeDate ?? '', x.createdDate ?? ''])) ?? null;
    }
    let c = rowCtx.get(t);
    if (!c) { c = { ...ctx, dateOrder: t.order ?? ctx.dateOrder }; rowCtx.set(t, c); }
    const { texts, href } = read.get(row) ?? readRow(t, row);
    const link = safeRecordUrl(href ?? `/lightning/r/Opportunity/${id}/view`, url);
    const deal = dealFromTexts(id, texts, c, link);
    if (deal) { deals.push(deal); seen.add(id); } else warnings.push(`Skipped row ${id}: no opportunity name.`);
  }
  return { deals, warnings, rowCount: all.length };
}

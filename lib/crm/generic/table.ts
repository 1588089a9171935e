import type { ExtractOptions, ExtractResult } from '../contract';
import { isRendered, pageLocale } from '../dom';
import { buildDeals, listDateOrder, type FieldRow } from './build-deal';
import { findGrids, type Grid } from './find-grids';
import { HEADER_FIELDS, isNonDealHeader, mapColumns, matchHeader, type HeaderField } from './headers';

/**
 * The generic list reader: every table or grid whose headers mean deal fields. It reads a grid
 * only when it has a name, an amount and a stage or close-date column, so contact lists,
 * invoices and settings tables give nothing.
 */
type Columns = Partial<Record<HeaderField, number>>;

export type GridVerdict =
  | { ok: true; columns: Columns }
  | { ok: false; reason: 'not-deals' | 'missing-columns' | 'no-fields'; missing?: string[]; columns?: Columns };

/** Is this header row a deal list, and which column holds which field? */
export function judgeHeaders(headers: readonly string[]): GridVerdict {
  const nonDeal = headers.find((h) => isNonDealHeader(h));
  if (nonDeal !== undefined) return { ok: false, reason: 'not-deals' };
  const columns = mapColumns(headers);
  const known = Object.keys(columns).length;
  const missing: string[] = [];
  if (columns.name === undefined) missing.push('name');
  if (columns.amount === undefined) missing.push('amount');
  if (columns.stage === undefined && columns.closeDate === undefined) missing.push('stage or close date');
  if (missing.length === 0) {
    // Two of the three required columns must be named exactly: "Lifetime Value" and "Last Deal
    // Close Date" on a contact list are found inside longer headers, and that is not enough.
    const exact = (i: number | undefined) => (i === undefined ? false : matchHeader(headers[i] ?? '')?.exact === true);
    const exactCount = [columns.name, columns.amount].filter(exact).length + (exact(columns.stage) || exact(columns.closeDate) ? 1 : 0);
    if (exactCount >= 2) return { ok: true, columns };
    return { ok: false, reason: 'missing-columns', missing: ['exact name, amount, stage or close date'], columns };
  }
  return { ok: false, reason: known === 0 ? 'no-fields' : 'missing-columns', missing, columns };
}

function fieldRows(grid: Grid, columns: Columns): FieldRow[] {
  const out: FieldRow[] = [];
  for (const { row, cells } of grid.rows) {
    if (!isRendered(row)) continue;
    const mapped: FieldRow['cells'] = {};
    for (const f of HEADER_FIELDS) {
      const i = columns[f];
      if (i !== undefined) mapped[f] = cells[i] ?? null;
    }
    out.push({ row, cells: mapped });
  }
  return out;
}

const describe = (g: Grid): string => `${g.kind === 'table' ? 'Table' : 'Grid'} (${g.headers.filter(Boolean).slice(0, 5).join(' | ')})`;

export function readTables(root: ParentNode, url: URL, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  const deals: ExtractResult['deals'] = [];
  const seen = new Set<string>();
  const locale = options.locale ?? pageLocale(root);
  for (const grid of findGrids(root)) {
    const verdict = judgeHeaders(grid.headers);
    if (!verdict.ok) {
      if (verdict.reason === 'not-deals') warnings.push(`${describe(grid)} lists invoices, orders or payments, not deals: skipped.`);
      else if (verdict.reason === 'missing-columns' && verdict.columns?.amount !== undefined) {
        warnings.push(`${describe(grid)} was skipped: no ${verdict.missing?.join(', ')} column.`);
      }
      continue;
    }
    const rows = fieldRows(grid, verdict.columns);
    const order = listDateOrder(rows);
    const ctx = { url, locale, options, ...(order ? { dateOrder: order } : {}) };
    for (const d of buildDeals(rows, ctx, warnings, describe(grid))) {
      if (seen.has(d.sourceId)) continue;
      seen.add(d.sourceId);
      deals.push(d);
    }
  }
  return { deals, warnings };
}

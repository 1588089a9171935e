import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractResult, RowSlice } from '../contract';
import { deepQueryAll, deepText, isRendered } from '../dom';
import { safeRecordUrl, salesforceId18, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-salesforce';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import { remember, sliceRows, type ReadMemo } from '../row-slice';
import { contextOf, lazyDateOrder } from '../table-date-context';
import { SELECTORS } from './selectors';

const ID_IN_HREF = /\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)(?:[/?#]|$)/;

/** Header text without Classic's sort hints ("Opportunity Name ↑", "Close Date - Sorted ascending"). */
function classicHeader(th: Element): string {
  const text = deepText(th).replace(/\s*[-–]\s*sorted (ascending|descending)$/i, '').replace(/\s*(sorted (ascending|descending))$/i, '');
  return th.getAttribute('aria-label') ?? text;
}

/** One row's texts, record id and link (the name cell's link wins). */
function readRow(row: Element, headers: (DealColumn | null)[]): { id: string | null; texts: RowTexts; href: string | null } {
  const texts: RowTexts = {};
  let id: string | null = null;
  let href: string | null = null;
  Array.from(row.children).forEach((cell, i) => {
    const field = headers[i];
    if (field && texts[field] === undefined) texts[field] = deepText(cell);
    const a = cell.querySelector('a[href]');
    const m = a ? ID_IN_HREF.exec(a.getAttribute('href') ?? '') : null;
    if (m?.[1] && (!id || field === 'name')) { id = salesforceId18(m[1]); href = a?.getAttribute('href') ?? null; }
  });
  return { id, texts, href };
}

/**
 * Reads Salesforce Classic `table.list` opportunity tables (list views, related lists, search
 * results); `slice` selects rows of the opportunity tables (ExtractOptions.rows).
 */
export function readClassicList(root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  const warnings: string[] = [];
  const deals: ExtractedDeal[] = [];
  const seen = new Set<string>();
  // The tables' rows once per read (ReadMemo); the row context is built per call, its date order kept.
  const all = remember(memo, 'sf-classic', () => {
    const out: { row: Element; headers: (DealColumn | null)[]; order: () => RowContext['dateOrder'] }[] = [];
    for (const table of deepQueryAll(root, SELECTORS.classicTable)) {
      if (!isRendered(table)) continue;
      const headers = Array.from(table.querySelectorAll(SELECTORS.classicHeader)).map((th) => columnField(classicHeader(th)));
      if (!headers.includes('name') || !(['amount', 'stage', 'closeDate'] as DealColumn[]).some((f) => headers.includes(f))) continue;
      const rows = Array.from(table.querySelectorAll(SELECTORS.classicRow)).filter((r) => isRendered(r, { computed: false, within: table }));
      const order = lazyDateOrder(rows, (r) => readRow(r, headers).texts);
      for (const row of rows) out.push({ row, headers, order });
    }
    return out;
  });
  const contexts = new Map<unknown, RowContext>();
  for (const { row, headers, order } of sliceRows(all, slice)) {
    if (!row.isConnected) continue;
    const p = readRow(row, headers);
    if (!p.id) { warnings.push('Skipped a row without an opportunity link.'); continue; }
    if (seen.has(p.id)) continue;
    const deal = dealFromTexts(p.id, p.texts, contextOf(contexts, order, ctx), safeRecordUrl(p.href, url));
    if (deal) { deals.push(deal); seen.add(p.id); }
  }
  return { deals, warnings, rowCount: all.length };
}

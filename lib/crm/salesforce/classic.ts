import type { ExtractResult, RowSlice } from '../contract';
import { deepQueryAll, deepText, isRendered, SHOWN_LINK } from '../dom';
import { salesforceId18, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-salesforce';
import type { RowContext, RowTexts } from '../row-deal';
import type { ReadMemo } from '../row-slice';
import { readFieldTables, type FieldTable, type Fields } from '../field-tables';
import { SELECTORS } from './selectors';

const ID_IN_HREF = /\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)(?:[/?#]|$)/;

/** Header text without Classic's sort hints ("Opportunity Name ↑", "Close Date - Sorted ascending"). */
function classicHeader(th: Element): string {
  const text = deepText(th).replace(/\s*[-–]\s*sorted (ascending|descending)$/i, '').replace(/\s*(sorted (ascending|descending))$/i, '');
  return th.getAttribute('aria-label') ?? text;
}

/** One row's texts, record id and link (the name cell's link wins). */
function readRow(row: Element, headers: Fields): { id: string | null; texts: RowTexts; href: string | null } {
  const texts: RowTexts = {};
  let id: string | null = null;
  let href: string | null = null;
  Array.from(row.children).forEach((cell, i) => {
    const field = headers[i];
    if (field && texts[field] === undefined) texts[field] = deepText(cell);
    const a = cell.querySelector(SHOWN_LINK);
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
  return readFieldTables({
    key: 'sf-classic',
    noId: 'Skipped a row without an opportunity link.',
    readRow,
    tables: () => {
      const tables: FieldTable[] = [];
      for (const table of deepQueryAll(root, SELECTORS.classicTable)) {
        if (!isRendered(table)) continue;
        const fields = Array.from(table.querySelectorAll(SELECTORS.classicHeader)).map((th) => columnField(classicHeader(th)));
        if (!fields.includes('name') || !(['amount', 'stage', 'closeDate'] as DealColumn[]).some((f) => fields.includes(f))) continue;
        tables.push({ fields, rows: Array.from(table.querySelectorAll(SELECTORS.classicRow)).filter((r) => isRendered(r, { computed: false, within: table })) });
      }
      return { tables };
    },
  }, url, ctx, slice, memo);
}

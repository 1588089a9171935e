import type { ExtractResult, RowSlice } from '../contract';
import { deepQueryAll, deepText, isRendered, SHOWN_LINK } from '../dom';
import { normalizeGuid } from '../parse';
import { columnField } from '../parse/columns-dynamics';
import type { RowContext, RowTexts } from '../row-deal';
import type { ReadMemo } from '../row-slice';
import { readFieldTables, type FieldTable, type Fields } from '../field-tables';
import { SELECTORS } from './selectors';

/** A GUID in any attribute of the row (data-id, row-id, aria-… vary between releases). */
function guidInAttributes(el: Element): string | null {
  for (const attr of Array.from(el.attributes)) {
    const g = normalizeGuid(attr.value);
    if (g) return g;
  }
  return null;
}

function guidInLinks(row: Element): string | null {
  for (const a of Array.from(row.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    if (/etn=opportunity/.test(href)) {
      const g = normalizeGuid(/[?&]id=([^&#]+)/.exec(href)?.[1]);
      if (g) return g;
    }
  }
  return null;
}

function readRow(row: Element, headers: Fields): { id: string | null; texts: RowTexts; href: string | null } {
  const texts: RowTexts = {};
  let href: string | null = null;
  Array.from(row.children).filter((c) => c.matches(SELECTORS.wjCell)).forEach((cell, i) => {
    const field = headers[i];
    if (!field || texts[field] !== undefined) return;
    texts[field] = deepText(cell);
    if (field === 'name') href = cell.querySelector(SHOWN_LINK)?.getAttribute('href') ?? null;
  });
  return { id: guidInLinks(row) ?? guidInAttributes(row), texts, href };
}

/**
 * Reads the older Dynamics read-only/editable grid (Wijmo): header cells in `wj-colheaders`,
 * data rows `div.wj-row[role=row]` (header rows are labelled "Header"), cells mapped by position
 * against the header labels. `slice` selects data rows (ExtractOptions.rows).
 */
export function readWijmoGrid(root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  return readFieldTables({
    key: 'wj-grid',
    noId: 'Skipped a grid row without a record id.',
    readRow,
    tables: () => {
      const tables: FieldTable[] = [];
      for (const gridRoot of deepQueryAll(root, SELECTORS.wjRoot)) {
        if (!isRendered(gridRoot)) continue;
        const lp = gridRoot.getAttribute('data-lp-id') ?? '';
        if (/\|(?!opportunity\|)[a-z_]+\|/.test(lp) && !/opportunit/i.test(lp)) continue;
        const fields = Array.from(gridRoot.querySelectorAll(SELECTORS.wjHeaderCell)).map((h) => columnField(h.getAttribute('title') ?? deepText(h)));
        if (!fields.includes('name')) continue;
        const rows = Array.from(gridRoot.querySelectorAll(SELECTORS.wjRow)).filter((r) => !/header/i.test(r.getAttribute('aria-label') ?? '') && !r.closest('.wj-colheaders'));
        tables.push({ fields, rows });
      }
      return { tables };
    },
  }, url, ctx, slice, memo);
}

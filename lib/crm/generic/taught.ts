import type { Mapping, MappedField } from '../../domain/mapping';
import type { ExtractOptions, ExtractResult } from '../contract';
import { deepQueryAll, isRendered, pageLocale } from '../dom';
import { recordOwnerFor } from '../record-owner';
import { columnHeading, stageOf } from './board';
import { cellUnder, layoutReader } from './column-headers';
import { buildDeals, listDateOrder, type FieldRow } from './build-deal';
import { rowOwner } from './owned-rows';

/**
 * Reads a page with a mapping the user taught (teach mode): `mapping.row` finds each deal, each
 * field selector is relative to the row. The same value parsing as the generic readers, so a
 * taught page and an auto-detected one give the same deal for the same row; on a built-in CRM's
 * page a row with that CRM's record id gives the adapter's deal (same `crm` and `sourceId`).
 */
export type TaughtSelectors = Pick<Mapping, 'row' | 'fields' | 'idFrom' | 'columns'>;

/** A field "selector" meaning: the heading of the board column the row sits in (a kanban stage). */
export const COLUMN_HEADING = '@column-heading';

function query(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null; // a selector this engine cannot parse reads as "not shown"
  }
}

function rowsOf(root: ParentNode, selector: string): Element[] {
  try {
    return deepQueryAll(root, selector);
  } catch {
    return [];
  }
}

/** Header rows match `tr` / `[role=row]` selectors too; they hold header cells, not values. */
const isHeaderRow = (row: Element) => !!row.querySelector('th:not([scope="row"]),[role="columnheader"]') && !row.querySelector('td,[role="gridcell"]');

/**
 * The rows and their field elements. A field saved with its column header is found under that
 * header (the column may have moved); when no column has the header any more, the field is
 * left out and named in `gone` (reading the old position would give another field's values).
 */
export function taughtRows(root: ParentNode, m: TaughtSelectors, gone: Set<MappedField> = new Set()): FieldRow[] {
  const out: FieldRow[] = [];
  const all = rowsOf(root, m.row);
  const rowSet = new Set(all);
  const layoutOf = layoutReader();
  for (const row of all) {
    if (!isRendered(row) || isHeaderRow(row)) continue;
    const cells: FieldRow['cells'] = {};
    let stage: string | undefined;
    for (const [field, sel] of Object.entries(m.fields) as [MappedField, string | undefined][]) {
      const header = m.columns?.[field];
      if (sel === COLUMN_HEADING) {
        const heading = columnHeading(row, (el) => rowSet.has(el));
        stage = (heading ? stageOf(heading, undefined) : null) ?? undefined;
      } else if (header) {
        const found = cellUnder(row, header, layoutOf(row));
        if (found === 'gone') gone.add(field);
        else cells[field] = found.cell;
      } else if (sel) cells[field] = query(row, sel);
    }
    out.push({ row, cells, idFrom: m.idFrom, ...(stage ? { stage } : {}) });
  }
  return out;
}

export function readTaught(root: ParentNode, url: URL, m: TaughtSelectors, options: ExtractOptions = {}): ExtractResult {
  const warnings: string[] = [];
  const gone = new Set<MappedField>();
  const rows = taughtRows(root, m, gone);
  for (const field of gone) {
    warnings.push(`Taught mapping: no column is headed "${m.columns?.[field] ?? ''}" any more, so ${field} was not read. Teach this page again if the CRM renamed or removed the column.`);
  }
  if (rows.length === 0) {
    warnings.push('The taught mapping for this page found no rows; the page may have changed. Teach it again from the sidebar.');
    return { deals: [], warnings };
  }
  const order = listDateOrder(rows);
  // On a built-in CRM's page, rows with that CRM's own record id are its deals (record-owner.ts).
  const ctx = { url, locale: options.locale ?? pageLocale(root), options, owner: rowOwner(recordOwnerFor(url)), ...(order ? { dateOrder: order } : {}) };
  const deals = buildDeals(rows, ctx, warnings, 'Taught mapping');
  return { deals, warnings };
}

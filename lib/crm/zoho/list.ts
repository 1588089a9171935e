import type { ExtractResult, RowSlice } from '../contract';
import { deepQueryAll, deepText, isRendered, SHOWN_LINK } from '../dom';
import { numericId, safeRecordUrl, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-zoho';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import type { ReadMemo } from '../row-slice';
import { readFieldTables, type FieldTable, type Fields } from '../field-tables';
import { API_FIELDS, SELECTORS } from './selectors';
import { DEAL_MODULES } from './urls';

function apiField(api: string | null): DealColumn | null {
  return api ? ((API_FIELDS as Record<string, DealColumn>)[api] ?? null) : null;
}

function headerField(th: Element): DealColumn | null {
  const api = th.getAttribute('fieldname') ?? th.getAttribute('data-zcqa')?.replace(/^lvColumnHeader_/, '') ?? null;
  const label = th.querySelector(SELECTORS.headerLabel);
  return columnField(label?.getAttribute('lt-prop-value') || deepText(label ?? th)) ?? apiField(api);
}

/** The module a list component shows (`cx-prop-module`), or null when it doesn't say. */
function moduleOf(table: Element): string | null {
  const comp = table.closest(SELECTORS.listComponent);
  return comp?.getAttribute('cx-prop-module') ?? null;
}

function readRow(row: Element, fields: Fields): { id: string | null; texts: RowTexts; href: string | null } {
  const texts: RowTexts = {};
  let href: string | null = null;
  Array.from(row.querySelectorAll(SELECTORS.cell)).filter((c) => c.parentElement === row || c.closest('lyte-exptable-tr') === row).forEach((cell, i) => {
    const field = fields[i];
    if (!field || texts[field] !== undefined) return;
    texts[field] = deepText(cell);
    if (field === 'name') href = cell.querySelector(SHOWN_LINK)?.getAttribute('href') ?? null;
  });
  const linkId = href ? /\/(\d{10,25})(?:[/?#]|$)/.exec(href)?.[1] : undefined;
  return { id: numericId(row.getAttribute('id'), 10) ?? linkId ?? null, texts, href };
}

/**
 * Reads Zoho CRM deals list views (`lyte-exptable`): columns by header label or field API name.
 * `slice` selects rows of the deal tables (ExtractOptions.rows); `rowCount` counts them all.
 */
export function readList(root: ParentNode, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  return readFieldTables({
    key: 'zoho-list',
    noId: 'Skipped a row without a record id.',
    readRow,
    tables: () => {
      const skipped: string[] = [];
      const tables: FieldTable[] = [];
      for (const table of deepQueryAll(root, SELECTORS.table)) {
        const module = moduleOf(table);
        if (module && !DEAL_MODULES.has(module)) { skipped.push(`Skipped a ${module} list: not deals.`); continue; }
        if (!isRendered(table)) continue;
        const headerRow = table.querySelector(SELECTORS.headerRow) ?? table.querySelector('lyte-exptable-tr');
        const fields = headerRow ? Array.from(headerRow.querySelectorAll(SELECTORS.headerCell)).map(headerField) : [];
        if (!fields.includes('name') || !(['amount', 'stage', 'closeDate'] as DealColumn[]).some((f) => fields.includes(f))) continue;
        tables.push({ fields, rows: Array.from(table.querySelectorAll(SELECTORS.row)).filter((r) => r !== headerRow && isRendered(r, { computed: false, within: table })) });
      }
      return { tables, skipped };
    },
  }, url, ctx, slice, memo);
}

/** Reads a deal's detail page through `#subvalue_<field>` / `#headervalue_<field>`. */
export function readRecord(root: ParentNode, url: URL, id: string, ctx: RowContext): ExtractResult {
  const texts: RowTexts = {};
  for (const [api, field] of Object.entries(API_FIELDS) as [string, DealColumn][]) {
    if (texts[field] !== undefined) continue;
    const el = deepQueryAll(root, SELECTORS.detailValue(api)).find((e) => isRendered(e));
    if (el) texts[field] = deepText(el);
  }
  const deal = dealFromTexts(id, texts, ctx, safeRecordUrl(url.href, url));
  return deal ? { deals: [deal], warnings: [] } : { deals: [], warnings: ['No deal name found on this Zoho record page.'] };
}

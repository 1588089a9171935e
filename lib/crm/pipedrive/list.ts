import type { ExtractResult } from '../contract';
import { remember, sampleRows, sliceBounds } from '../row-slice';
import type { DealStatus } from '../../domain/primitives';
import type { ExtractedDeal } from '../../domain/deal';
import { inferDateOrder, valueText } from '../page-context';
import { cleanText, type DealColumn } from '../parse';
import { assignField, CRM, explicitStatus, pipedriveField, settleStatus, type ReadContext } from './common';
import { PIPEDRIVE_KEYS, PIPEDRIVE_SELECTORS } from './selectors';
import { dealIdFromHref, pipedriveDealUrl } from './urls';

const S = PIPEDRIVE_SELECTORS.list;

const topOf = (row: Element): string | null => /(?:^|;)\s*top:\s*([\d.]+)px/.exec(row.getAttribute('style') ?? '')?.[1] ?? null;

function keyField(key: string | null): DealColumn | null {
  return key ? (PIPEDRIVE_KEYS[key] ?? null) : null;
}

/** Field per data column (checkbox column excluded), from `data-field` keys first and labels second. */
function headerFields(root: ParentNode): (DealColumn | null)[] {
  return Array.from(root.querySelectorAll(S.headerCell))
    .filter((th) => !th.matches('[class*="checkbox"]'))
    .map((th) => keyField(th.getAttribute('data-field')) ?? pipedriveField(valueText(th)));
}

function cellText(cell: Element): string {
  const value = cell.querySelector(S.cellValue);
  return value ? valueText(value) : valueText(cell);
}

/**
 * Reads the deals list. Pipedrive renders the checkbox column as its own fixed table and the data
 * rows as a virtualized matrix (`top`), so a row's id comes from its title link, else from the
 * checkbox row at the same `top`, else from the checkbox row in the same position.
 */
export function extractList(root: ParentNode, ctx: ReadContext): ExtractResult {
  const warnings: string[] = [];
  const memo = ctx.options?.memo;
  // Rows, checkbox ids and header fields once per read (ReadMemo): a slice costs O(its rows).
  const { dataRows, idByTop, idByIndex, fields } = remember(memo, 'pd-list', () => {
    const rows = Array.from(root.querySelectorAll(S.row)).filter((r) => !r.hasAttribute('hidden') && r.getAttribute('aria-hidden') !== 'true');
    const checkboxRows: Element[] = [];
    const data: Element[] = [];
    for (const row of rows) {
      // The fixed checkbox table's rows hold only checkbox cells; any other cell makes a data row.
      const onlyCheckbox = row.children.length <= 1 && row.querySelector(S.checkboxInput) !== null;
      if (!onlyCheckbox) data.push(row);
      else if (row.querySelector(S.checkboxInput)) checkboxRows.push(row);
    }
    const byTop = new Map<string, string>();
    const byIndex: (string | null)[] = [];
    for (const row of checkboxRows) {
      const id = row.querySelector(S.checkboxInput)?.getAttribute('data-id') ?? null;
      const clean = id && /^\d+$/.test(id) ? id : null;
      byIndex.push(clean);
      const top = topOf(row);
      if (clean && top !== null) byTop.set(top, clean);
    }
    return { dataRows: data, idByTop: byTop, idByIndex: byIndex, fields: headerFields(root) };
  });

  const readRow = (row: Element, index: number): { id: string; values: Map<DealColumn, string> } | null => {
    const top = topOf(row);
    const id =
      dealIdFromHref(row.querySelector(S.dealLink)?.getAttribute('href')) ??
      row.querySelector(S.quickInfoDeal)?.getAttribute('data-quick-info-id') ??
      row.querySelector(S.checkboxInput)?.getAttribute('data-id') ??
      (top !== null ? idByTop.get(top) : undefined) ??
      idByIndex[index] ??
      null;
    if (!id || !/^\d+$/.test(id)) return null;
    const values = new Map<DealColumn, string>();
    const cells = Array.from(row.children).filter((c) => !(c.getAttribute('class') ?? '').includes('checkbox') && !(c.children.length <= 1 && c.querySelector(S.checkboxInput)));
    cells.forEach((cell, i) => {
      const key = cell.getAttribute('data-field');
      const field = key !== null ? keyField(key) : (fields[i] ?? null);
      if (!field || values.has(field)) return;
      values.set(field, cellText(cell));
    });
    return { id, values };
  };

  const parsed: { id: string; values: Map<DealColumn, string> }[] = [];
  const seen = new Set<string>();
  const { start, end } = sliceBounds(dataRows.length, ctx.options?.rows);
  for (let index = start; index < end; index++) {
    const row = dataRows[index] as Element;
    if (!row.isConnected) continue;
    const p = readRow(row, index);
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    parsed.push(p);
  }

  // Date order per column from (a sample of) every data row, so each slice (options.rows) decides
  // alike: sampled once per read (ReadMemo), never for a slice without rows.
  const orders = parsed.length === 0 ? new Map<DealColumn, 'MDY' | 'DMY' | undefined>() : remember(memo, 'pd-date-orders', () => {
    const dateTexts = new Map<DealColumn, string[]>();
    for (const { row, index } of sampleRows(dataRows.map((row, index) => ({ row, index })))) {
      for (const [field, text] of readRow(row, index)?.values ?? []) {
        if (field !== 'closeDate' && field !== 'createdDate') continue;
        const list = dateTexts.get(field) ?? [];
        list.push(text);
        dateTexts.set(field, list);
      }
    }
    const out = new Map<DealColumn, 'MDY' | 'DMY' | undefined>();
    for (const [field, texts] of dateTexts) out.set(field, inferDateOrder(texts));
    return out;
  });
  const deals: ExtractedDeal[] = [];
  let deleted = 0;
  for (const { id, values } of parsed) {
    const deal: ExtractedDeal = { crm: CRM, sourceId: id, name: '' };
    let explicit: DealStatus | null = null;
    let isDeleted = false;
    for (const [field, text] of values) {
      if (field === 'status') {
        const s = explicitStatus(text);
        if (s === 'deleted') isDeleted = true;
        else explicit = s;
      } else assignField(deal, field, text, ctx, orders.get(field));
    }
    if (isDeleted) { deleted++; continue; }
    if (!deal.name) deal.name = cleanText(valueText(root.querySelector(`a[href$="/deal/${id}"]`)));
    if (!deal.name) continue;
    const url = pipedriveDealUrl(ctx.url, id);
    if (url) deal.url = url;
    deals.push(settleStatus(deal, explicit, ctx));
  }
  if (deleted) warnings.push(`Pipedrive list: ${deleted} deleted deal(s) skipped.`);
  if (dataRows.length > 0 && deals.length === 0 && !ctx.options?.rows) warnings.push('Pipedrive list: rows were found but no deal ids or titles.');
  return { deals, warnings, rowCount: dataRows.length };
}

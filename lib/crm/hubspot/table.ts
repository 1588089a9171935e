import type { ExtractResult } from '../contract';
import { remember, sampleRows, sliceRows } from '../row-slice';
import type { ExtractedDeal } from '../../domain/deal';
import type { DealColumn as DealField } from '../parse';
import { inferDateOrder, valueText } from '../page-context';
import { cleanText } from '../parse';
import { assignField, CRM, finish, hubspotField, stripPipelineSuffix, type ReadContext } from './common';
import { HUBSPOT_PROPERTIES, HUBSPOT_SELECTORS } from './selectors';
import { hubspotLocation, hubspotRecordUrl } from './urls';

const S = HUBSPOT_SELECTORS.table;

function propertyField(prop: string | null | undefined): DealField | null {
  return prop ? (HUBSPOT_PROPERTIES[prop.toLowerCase()] ?? null) : null;
}

/** Field per column index, from the header's property name first and its visible label second. */
function headerFields(table: Element): (DealField | null)[] {
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!headerRow) return [];
  return Array.from(headerRow.children).map((th) => {
    const ext = th.getAttribute('data-table-external-id') ?? '';
    const testId = th.getAttribute('data-test-id') ?? '';
    const prop = S.headerProperty.exec(ext)?.[1] ?? S.headerTestIdProperty.exec(testId)?.[1];
    const byProp = propertyField(prop);
    if (byProp) return byProp;
    const label = th.querySelector(S.label)?.textContent ?? valueText(th);
    return hubspotField(label);
  });
}

/** The value text of one cell: its object label when HubSpot renders one, else its readable text. */
function cellText(cell: Element, field: DealField): string {
  if (field === 'amount') {
    const money = cell.querySelector(S.money);
    if (money) return cleanText(money);
  }
  const label = cell.querySelector(S.label);
  return label ? cleanText(label) : valueText(cell, S.skip);
}

function rowId(row: Element): string | null {
  const fromRow = S.rowId.exec(row.getAttribute('data-test-id') ?? '')?.[1];
  if (fromRow) return fromRow;
  for (const cell of Array.from(row.children)) {
    const m = S.cellProperty.exec(cell.getAttribute('data-table-external-id') ?? '');
    if (m?.[2]) return m[2];
  }
  const href = row.querySelector(S.recordLink)?.getAttribute('href') ?? '';
  return /\/(?:record\/0-3|deal)\/(\d+)/.exec(href)?.[1] ?? null;
}

interface ParsedRow { id: string; values: Map<DealField, string>; stagePipeline: boolean }

/** One row's cell texts by field, or null for hidden rows and rows without an id. */
function readRow(row: Element, fields: (DealField | null)[]): ParsedRow | null {
  if (row.hasAttribute('hidden') || row.getAttribute('aria-hidden') === 'true') return null;
  const id = rowId(row);
  if (!id) return null;
  const values = new Map<DealField, string>();
  let stagePipeline = false;
  const cells = row.children;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Element;
    const prop = S.cellProperty.exec(cell.getAttribute('data-table-external-id') ?? '')?.[1];
    const field = (prop ? propertyField(prop) : null) ?? (prop ? null : fields[i] ?? null);
    if (!field || values.has(field)) continue;
    values.set(field, cellText(cell, field));
    if (field === 'stage' && cell.querySelector(S.pipelineLabel)) stagePipeline = true;
  }
  return { id, values, stagePipeline };
}

/**
 * Reads the deals index table. Columns are whatever the user chose, in any order and language.
 * `ctx.options.rows` selects a slice of the table rows; `rowCount` counts them all.
 */
export function extractTable(root: ParentNode, ctx: ReadContext): ExtractResult {
  const warnings: string[] = [];
  const memo = ctx.options?.memo;
  // The rows, header fields and pipeline name once per read (ReadMemo): a slice costs O(its rows).
  const { rows, fields, pipelines } = remember(memo, 'hs-table', () => {
    const all = Array.from(root.querySelectorAll(S.row));
    const table = all[0]?.closest('table');
    const names = new Set<string>();
    const pipelineSelect = all.length ? root.querySelector('[data-test-id="pipeline-select"]') : null;
    if (pipelineSelect) names.add(cleanText(pipelineSelect).toLowerCase());
    return { rows: all, fields: table ? headerFields(table) : [], pipelines: names };
  });
  if (rows.length === 0) return { deals: [], warnings, rowCount: 0 };
  const { portal } = hubspotLocation(ctx.url);

  const parsed: ParsedRow[] = [];
  const seen = new Set<string>();
  for (const row of sliceRows(rows, ctx.options?.rows)) {
    if (!row.isConnected) continue;
    const p = readRow(row, fields);
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    parsed.push(p);
  }

  // Date order per column from (a sample of) all its values, so every slice decides alike: sampled
  // once per read (ReadMemo), never for a slice without rows (the probe).
  const orders = parsed.length === 0 ? new Map<DealField, 'MDY' | 'DMY' | undefined>() : remember(memo, 'hs-date-orders', () => {
    const dateTexts = new Map<DealField, string[]>();
    for (const row of sampleRows(rows)) {
      for (const [field, text] of readRow(row, fields)?.values ?? []) {
        if (field !== 'closeDate' && field !== 'createdDate') continue;
        const list = dateTexts.get(field) ?? [];
        list.push(text);
        dateTexts.set(field, list);
      }
    }
    const out = new Map<DealField, 'MDY' | 'DMY' | undefined>();
    for (const [field, texts] of dateTexts) out.set(field, inferDateOrder(texts));
    return out;
  });
  const deals: ExtractedDeal[] = [];
  let unnamed = 0;
  for (const { id, values, stagePipeline } of parsed) {
    const deal: ExtractedDeal = { crm: CRM, sourceId: id, name: '' };
    for (const [field, text] of values) {
      const t = field === 'stage' && !stagePipeline ? stripPipelineSuffix(cleanText(text), pipelines) : text;
      assignField(deal, field, t, ctx, orders.get(field));
    }
    if (!deal.name) {
      unnamed++;
      continue;
    }
    const url = hubspotRecordUrl(ctx.url, portal, id);
    if (url) deal.url = url;
    deals.push(finish(deal, ctx));
  }
  if (unnamed) warnings.push(`HubSpot table: ${unnamed} row(s) skipped because no deal name was visible.`);
  return { deals, warnings, rowCount: rows.length };
}

import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractResult } from '../contract';
import { deepQuery, deepQueryAll, deepText, isRendered } from '../dom';
import { inferDateOrder } from '../page-context';
import { safeRecordUrl, salesforceId18, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-salesforce';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
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

/** Column fields of a table, by header position (cells also carry data-label, used first). */
function headerFields(table: Element): (DealColumn | null)[] {
  const head = Array.from(table.querySelectorAll(SELECTORS.lightningHeader));
  return head.map((th) => columnField(headerLabel(th)) ?? apiField(th.getAttribute('data-col-key-value')));
}

function cellField(cell: Element, byIndex: DealColumn | null | undefined): DealColumn | null {
  const label = cell.getAttribute('data-label');
  return (label ? columnField(label) : null) ?? apiField(cell.getAttribute('data-col-key-value')) ?? byIndex ?? null;
}

function cellText(cell: Element, field: DealColumn): string {
  if (field === 'name' || field === 'account' || field === 'owner') {
    const link = deepQuery(cell, 'a[href]');
    if (link) return deepText(link);
  }
  return deepText(cell);
}

/** Reads the rendered Lightning datatables of an opportunity list view (light or shadow DOM). */
export function readLightningList(root: ParentNode, url: URL, ctx: RowContext): ExtractResult {
  const warnings: string[] = [];
  const rows = deepQueryAll(root, SELECTORS.lightningRow);
  const tables = new Map<Element, Element[]>();
  for (const row of rows) {
    const table = row.closest('table') ?? row.parentElement;
    if (!table) continue;
    const list = tables.get(table) ?? [];
    list.push(row);
    tables.set(table, list);
  }
  const deals: ExtractedDeal[] = [];
  const seen = new Set<string>();
  for (const [table, tableRows] of tables) {
    if (!isRendered(table)) continue;
    const byIndex = headerFields(table);
    const parsed: { id: string; texts: RowTexts; href: string | null }[] = [];
    const fields = new Set<DealColumn>();
    for (const row of tableRows) {
      if (!isRendered(row, { computed: false, within: table })) continue;
      const id = salesforceId18(row.getAttribute('data-row-key-value'));
      if (!id) continue;
      const texts: RowTexts = {};
      let href: string | null = null;
      Array.from(row.children).forEach((cell, i) => {
        const field = cellField(cell, byIndex[i]);
        if (!field || texts[field] !== undefined) return;
        texts[field] = cellText(cell, field);
        fields.add(field);
        if (field === 'name') href = deepQuery(cell, 'a[href]')?.getAttribute('href') ?? null;
      });
      parsed.push({ id, texts, href });
    }
    if (!fields.has('name') || !DEAL_ONLY.some((f) => fields.has(f))) {
      if (parsed.length) warnings.push(`Skipped a table of ${parsed.length} rows: its columns are not those of opportunities.`);
      continue;
    }
    const order = inferDateOrder(parsed.flatMap((p) => [p.texts.closeDate ?? '', p.texts.createdDate ?? '']));
    for (const p of parsed) {
      if (!p.id.startsWith(OPPORTUNITY_PREFIX)) { warnings.push(`Skipped row ${p.id}: not an opportunity id.`); continue; }
      if (seen.has(p.id)) continue;
      const link = safeRecordUrl(p.href ?? `/lightning/r/Opportunity/${p.id}/view`, url);
      const deal = dealFromTexts(p.id, p.texts, { ...ctx, dateOrder: order ?? ctx.dateOrder }, link);
      if (deal) { deals.push(deal); seen.add(p.id); } else warnings.push(`Skipped row ${p.id}: no opportunity name.`);
    }
  }
  return { deals, warnings };
}

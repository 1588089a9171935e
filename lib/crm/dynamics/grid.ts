import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractResult } from '../contract';
import { deepQueryAll, deepText, isRendered } from '../dom';
import { inferDateOrder } from '../page-context';
import { normalizeGuid, safeRecordUrl, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-dynamics';
import { dealFromTexts, type RowContext, type RowTexts } from '../row-deal';
import { API_FIELDS, SELECTORS } from './selectors';

type Fields = Map<string, DealColumn | null>;

function fieldOfCol(colId: string, label: string): DealColumn | null {
  const api = colId.toLowerCase().replace(/^a_[0-9a-f]+\./, '');
  if (api in API_FIELDS) return (API_FIELDS as Record<string, DealColumn | null>)[api] ?? null;
  return columnField(label);
}

/** The entity a grid control shows, from its `data-lp-id` (`…|entity_control|opportunity|…`). */
function gridEntity(grid: Element): string | null {
  let el: Element | null = grid;
  while (el) {
    const lp = el.getAttribute('data-lp-id');
    if (lp && /Grid/.test(lp)) {
      const parts = lp.split('|');
      return parts.length >= 3 ? (parts[2] ?? null) : null;
    }
    el = el.parentElement;
  }
  return null;
}

function idFromLinks(cells: Element[]): string | null {
  for (const cell of cells) {
    const a = cell.querySelector(SELECTORS.recordLink);
    const href = a?.getAttribute('href');
    if (href && /etn=opportunity/.test(href)) {
      const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
      const guid = normalizeGuid(id);
      if (guid) return guid;
    }
  }
  return null;
}

interface MergedRow { index: number; id: string | null; cells: Element[] }

/**
 * Reads Power Apps grid (ag-grid) opportunity views. ag-grid renders each record twice (pinned
 * checkbox row + center row) and in DOM order unrelated to `row-index`: fragments are merged by
 * row-id/row-index, cells mapped by `col-id` (the attribute logical name) or header label.
 */
export function readAgGrid(root: ParentNode, url: URL, ctx: RowContext): ExtractResult {
  const warnings: string[] = [];
  const deals: ExtractedDeal[] = [];
  const seen = new Set<string>();
  for (const grid of deepQueryAll(root, SELECTORS.agGrid)) {
    const entity = gridEntity(grid);
    if (entity && entity !== 'opportunity') continue;
    if (!isRendered(grid)) continue;
    const fields: Fields = new Map();
    for (const h of Array.from(grid.querySelectorAll(SELECTORS.agHeader))) {
      const col = h.getAttribute('col-id') ?? '';
      const label = h.querySelector(SELECTORS.agHeaderLabel)?.getAttribute('title') ?? deepText(h);
      fields.set(col, fieldOfCol(col, label));
    }
    const present = new Set(fields.values());
    if (!present.has('name') || !(['amount', 'stage', 'closeDate', 'status'] as DealColumn[]).some((f) => present.has(f))) continue;
    const merged = new Map<string, MergedRow>();
    for (const row of Array.from(grid.querySelectorAll(SELECTORS.agRow))) {
      if (row.querySelector('[role="columnheader"]') || !isRendered(row, { computed: false, within: grid })) continue;
      const rowId = normalizeGuid(row.getAttribute('row-id'));
      const index = Number(row.getAttribute('row-index') ?? NaN);
      const key = rowId ?? (Number.isFinite(index) ? `#${index}` : null);
      if (!key) continue;
      const entry = merged.get(key) ?? { index: Number.isFinite(index) ? index : Number.MAX_SAFE_INTEGER, id: rowId, cells: [] };
      entry.cells.push(...Array.from(row.querySelectorAll(SELECTORS.agCell)));
      merged.set(key, entry);
    }
    const rows = [...merged.values()].sort((a, b) => a.index - b.index).map((r) => {
      const texts: RowTexts = {};
      let href: string | null = null;
      for (const cell of r.cells) {
        const field = fields.get(cell.getAttribute('col-id') ?? '') ?? null;
        if (!field || texts[field] !== undefined) continue;
        texts[field] = deepText(cell);
        if (field === 'name') href = cell.querySelector('a[href]')?.getAttribute('href') ?? null;
      }
      return { id: r.id ?? idFromLinks(r.cells), texts, href: href as string | null };
    });
    const order = inferDateOrder(rows.flatMap((p) => [p.texts.closeDate ?? '', p.texts.createdDate ?? '']));
    for (const p of rows) {
      if (!p.id) { warnings.push('Skipped a grid row without a record id.'); continue; }
      if (seen.has(p.id)) continue;
      const link = safeRecordUrl(p.href, url) ?? safeRecordUrl(`/main.aspx?pagetype=entityrecord&etn=opportunity&id=${p.id}`, url);
      const deal = dealFromTexts(p.id, p.texts, { ...ctx, dateOrder: order ?? ctx.dateOrder }, link);
      if (deal) { deals.push(deal); seen.add(p.id); }
    }
  }
  return { deals, warnings };
}

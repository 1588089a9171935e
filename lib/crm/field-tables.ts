import type { ExtractedDeal } from '../domain/deal';
import type { ExtractResult, RowSlice } from './contract';
import { safeRecordUrl, type DealColumn } from './parse';
import { dealFromTexts, type RowContext, type RowTexts } from './row-deal';
import { remember, sliceRows, type ReadMemo } from './row-slice';
import { contextOf, lazyDateOrder } from './table-date-context';

export type Fields = readonly (DealColumn | null)[];

/** A table of deal rows whose cells map to fields by position (Classic, Wijmo, Zoho lists). */
export interface FieldTable { fields: Fields; rows: readonly Element[] }
export interface ParsedRow { id: string | null; texts: RowTexts; href: string | null }

export interface FieldTableReader {
  /** The key of the tables' rows in the read's memo (ReadMemo). */
  key: string;
  /** The page's deal tables, and a warning for each table skipped on purpose. */
  tables: () => { tables: FieldTable[]; skipped?: readonly string[] };
  readRow: (row: Element, fields: Fields) => ParsedRow;
  /** The warning for a row without a record id. */
  noId: string;
}

/**
 * The row loop shared by the positional table readers: rows collected once per read (kept in
 * the memo with each table's lazily sampled date order), `slice` of them read, rows gone from
 * the page since skipped, one deal per record id.
 */
export function readFieldTables(r: FieldTableReader, url: URL, ctx: RowContext, slice?: RowSlice, memo?: ReadMemo): ExtractResult & { rowCount: number } {
  const found = remember(memo, r.key, () => {
    const { tables, skipped = [] } = r.tables();
    const all: { row: Element; fields: Fields; order: () => RowContext['dateOrder'] }[] = [];
    for (const { fields, rows } of tables) {
      const order = lazyDateOrder(rows, (row) => r.readRow(row, fields).texts);
      for (const row of rows) all.push({ row, fields, order });
    }
    return { all, skipped };
  });
  const deals: ExtractedDeal[] = [];
  const warnings = found.skipped.slice();
  const seen = new Set<string>();
  const contexts = new Map<unknown, RowContext>();
  for (const { row, fields, order } of sliceRows(found.all, slice)) {
    if (!row.isConnected) continue;
    const p = r.readRow(row, fields);
    if (!p.id) { warnings.push(r.noId); continue; }
    if (seen.has(p.id)) continue;
    const deal = dealFromTexts(p.id, p.texts, contextOf(contexts, order, ctx), safeRecordUrl(p.href, url));
    if (deal) { deals.push(deal); seen.add(p.id); }
  }
  return { deals, warnings, rowCount: found.all.length };
}

import type { RowSlice } from './contract';
import { inferDateOrder } from './page-context';
import type { RowContext, RowTexts } from './row-deal';
import { sampleRows, tableFact } from './row-slice';

/**
 * The row context of one table, its date order (M/D vs D/M) decided from an even sample of the
 * whole table once per table and row count (tableFact), and only when a row of the slice is
 * actually read: every slice decides alike, and a zero-row probe never samples.
 */
export function lazyTableContext(
  table: object,
  fact: string,
  rows: readonly Element[],
  slice: RowSlice | undefined,
  ctx: RowContext,
  textsOf: (row: Element) => RowTexts,
): () => RowContext {
  let c: RowContext | null = null;
  return () => {
    if (!c) {
      const order = tableFact(table, fact, rows.length, slice, () => inferDateOrder(
        sampleRows(rows).flatMap((r) => { const t = textsOf(r); return [t.closeDate ?? '', t.createdDate ?? '']; })));
      c = { ...ctx, dateOrder: order ?? ctx.dateOrder };
    }
    return c;
  };
}

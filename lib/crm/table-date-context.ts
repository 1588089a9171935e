import { inferDateOrder } from './page-context';
import type { DealColumn } from './parse';
import type { RowContext, RowTexts } from './row-deal';
import { sampleRows } from './row-slice';

/** The cells a table's date order is decided from: a reader's sample may read these alone. */
export const DATE_ORDER_FIELDS: readonly DealColumn[] = ['closeDate', 'createdDate'];

type Order = RowContext['dateOrder'];

/**
 * A table's date order (M/D vs D/M), decided from an even sample of the whole table the first
 * time a row of it is read: every slice decides alike, a zero-row probe never samples, and kept
 * with the table's rows in the read's memo (ReadMemo) it samples once per read.
 */
export function lazyDateOrder(rows: readonly Element[], textsOf: (row: Element) => RowTexts): () => Order {
  let order: { v: Order } | null = null;
  return () => {
    order ??= { v: inferDateOrder(sampleRows(rows).flatMap((r) => { const t = textsOf(r); return [t.closeDate ?? '', t.createdDate ?? '']; })) };
    return order.v;
  };
}

/** The row context of a table (by its `lazyDateOrder`), built once per call from this call's `ctx`. */
export function contextOf(known: Map<unknown, RowContext>, order: () => Order, ctx: RowContext): RowContext {
  let c = known.get(order);
  if (!c) { c = { ...ctx, dateOrder: order() ?? ctx.dateOrder }; known.set(order, c); }
  return c;
}

import { dealSchema, type Deal } from '../domain/deal';
import type { DealRow } from './app-db';

/**
 * The stored row of a deal: adds the sparse `undated` marker when closeDate is null. A dated
 * deal without the marker is its own row (IndexedDB clones what it stores): no copy per deal.
 */
export function toRow(deal: Deal): DealRow {
  if (deal.closeDate !== null && !('undated' in deal)) return deal;
  const { undated: _drop, ...clean } = deal as DealRow;
  return clean.closeDate === null ? { ...clean, undated: 1 } : clean;
}

/** The deal of a stored row, without storage-only fields. */
export function fromRow(row: DealRow): Deal {
  const { undated: _drop, ...deal } = row;
  return deal;
}

/** A deal in the schema's field order (stable JSON for export and comparisons). */
export function canonicalDeal(deal: Deal): Deal {
  return dealSchema.parse(fromRow(deal));
}

export const DEAL_FIELDS = [
  'crm', 'sourceId', 'name', 'account', 'owner', 'amount', 'currency', 'stage', 'status',
  'closeDate', 'createdDate', 'probability', 'url', 'firstSeenAt', 'lastSeenAt',
] as const satisfies readonly (keyof Deal)[];

/** Field-by-field equality of two deals (values are primitives or null). */
export function sameDeal(a: Deal, b: Deal): boolean {
  return DEAL_FIELDS.every((f) => a[f] === b[f]);
}

import type { ReadRow, SidebarReaderStatus } from '../../components/sidebar/types';
import type { Reader, ReaderStatus } from './reader';

/** Where the reader publishes what it read; the sidebar subscribes (no reader internals leak in). */
export interface SidebarStatusSource {
  get(): SidebarReaderStatus | null;
  subscribe(cb: () => void): () => void;
}

const ROWS_MAX = 500;

/** The last deals list and its rows: a status update that keeps the deals (a batch sent) keeps the same rows array. */
let lastRows: { deals: ReaderStatus['deals']; rows: ReadRow[] } | null = null;

function rowsOf(deals: ReaderStatus['deals']): ReadRow[] {
  if (lastRows?.deals === deals) return lastRows.rows;
  const rows: ReadRow[] = deals.slice(0, ROWS_MAX).map((d) => ({
    key: `${d.crm}:${d.sourceId}`, name: d.name, amount: d.amount ?? null, currency: d.currency ?? null, stage: d.stage ?? null,
  }));
  lastRows = { deals, rows };
  return rows;
}

/** The reader's status in the sidebar's terms. */
export function toSidebarStatus(s: ReaderStatus, labelOf: (adapterId: string) => string | null): SidebarReaderStatus {
  const deals = s.deals;
  const rows = rowsOf(deals);
  const only = deals.length === 1 ? deals[0] : undefined;
  return {
    state: s.adapterId === null ? 'unsupported' : s.error ? 'error' : 'done',
    reader: s.adapterId === null ? null : labelOf(s.adapterId),
    pageKind: s.pageKind,
    count: Math.max(s.rowsRead, s.dealsOnPage),
    rows,
    warnings: s.warnings,
    signedInAs: s.currentUser,
    error: s.error,
    recordKey: s.pageKind === 'record' && only ? `${only.crm}:${only.sourceId}` : null,
  };
}

export function readerSource(reader: Pick<Reader, 'status'>, labelOf: (adapterId: string) => string | null): SidebarStatusSource {
  return {
    get: () => toSidebarStatus(reader.status.get(), labelOf),
    subscribe: (cb) => reader.status.subscribe(() => cb()),
  };
}

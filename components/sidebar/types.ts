import type { PageKind } from '../../lib/crm/contract';

/** A deal as read on the current page, for the "see the rows read" list (page text: render as text). */
export interface ReadRow {
  key: string;
  name: string;
  amount?: number | null;
  currency?: string | null;
  stage?: string | null;
}

/**
 * What the content script's reader reports about this page. The mount maps the reader's own
 * status onto this, so the sidebar does not depend on the reader's internals.
 */
export interface SidebarReaderStatus {
  state: 'idle' | 'reading' | 'done' | 'error' | 'unsupported';
  /** The reader's display name ("HubSpot", "Generic table"). */
  reader: string | null;
  pageKind: PageKind;
  /** Distinct deals read on this page so far (grows as a virtualized list scrolls). */
  count: number;
  /** The deals currently read from the page (for "see the rows read"). */
  rows: ReadRow[];
  warnings: string[];
  /** The page's signed-in user, when it shows one: offered as "me". */
  signedInAs: string | null;
  error?: string | null;
  /** The record page's deal key (`crm:sourceId`), for the deal in context. */
  recordKey: string | null;
}

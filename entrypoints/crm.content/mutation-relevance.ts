import type { ReadKind } from './read-scheduler';

/** Pacer's own UI hosts (sidebar, teach mode): mutations inside them are ours, never a reason to read. */
const OWN_HOST = 'pacer-sidebar,pacer-teach';
const OWN_TAGS = new Set(['pacer-sidebar', 'pacer-teach']);

/**
 * Where list rows live in the built-in CRMs and the generic table reader: tables and ARIA grids
 * (Salesforce, HubSpot, Pipedrive, Dynamics) and Zoho's table elements. Text changing inside one
 * can change a deal; text changing elsewhere on a list page (a header clock, a toast, a
 * notification count) cannot.
 */
export const ROW_REGION = 'table,tr,[role="grid"],[role="treegrid"],[role="table"],[role="rowgroup"],[role="row"],lyte-exptable,lyte-exptable-tr';

const elementOf = (n: Node): Element | null => (n.nodeType === 1 ? (n as Element) : n.parentElement);

function isOwn(m: MutationRecord): boolean {
  if (elementOf(m.target)?.closest(OWN_HOST)) return true;
  const added = m.addedNodes;
  if (added.length === 0 || m.removedNodes.length > 0) return false;
  for (const n of Array.from(added)) if (n.nodeType !== 1 || !OWN_TAGS.has((n as Element).localName)) return false;
  return true;
}

/** An added or removed element that is, or holds, a row region (a list swapped in or out). */
function holdsRows(nodes: NodeList): boolean {
  for (const n of Array.from(nodes)) {
    if (n.nodeType === 1 && ((n as Element).matches(ROW_REGION) || (n as Element).querySelector(ROW_REGION))) return true;
  }
  return false;
}

const onlyText = (nodes: NodeList): boolean => Array.from(nodes).every((n) => n.nodeType !== 1);

/** `relevance` when the rows are not known: any change outside Pacer's own UI reads again. */
export function anyChange(records: readonly MutationRecord[]): ReadKind | null {
  return records.some((m) => !isOwn(m)) ? 'read' : null;
}

/**
 * What a batch of mutations asks of the reader: nothing, a `check` or a full `read`.
 * `rowsKnown`: the last read was a list read row by row (the row-slice contract) — only then
 * can text outside the rows be ignored and a structural change outside them be confirmed by a
 * cheap row count. Otherwise (record pages, boards, taught mappings, no read yet) any change
 * outside Pacer's own UI reads again, as records and cards show their fields anywhere.
 * Attribute changes are not observed at all (selection, hover, ARIA state: no deal data).
 */
export function relevance(records: readonly MutationRecord[], rowsKnown: boolean): ReadKind | null {
  let out: ReadKind | null = null;
  for (const m of records) {
    if (isOwn(m)) continue;
    if (!rowsKnown) return 'read';
    if (elementOf(m.target)?.closest(ROW_REGION)) return 'read';
    if (m.type !== 'childList' || (onlyText(m.addedNodes) && onlyText(m.removedNodes))) continue;
    // An SPA swapping the list (a new view, a new page of results) adds or removes the rows' table.
    if (holdsRows(m.addedNodes) || holdsRows(m.removedNodes)) return 'read';
    out = 'check';
  }
  return out;
}

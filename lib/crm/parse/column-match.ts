import { normLabel } from './text';

/** The deal fields a list column can carry. */
export type DealColumn = 'name' | 'account' | 'owner' | 'amount' | 'stage' | 'status' | 'closeDate' | 'createdDate' | 'probability';

/** Header labels per field (any case and width: they are normalised with `normLabel`). */
export type ColumnLabels = Readonly<Partial<Record<DealColumn, readonly string[]>>>;

export interface ColumnMatcher {
  /**
   * The deal field a column header (label or field API name) stands for, or null. Sort hints and
   * screen-reader suffixes ("Sort by:", "Sorted Ascending") are stripped first; `extra` labels
   * (an adapter's own) are asked before the vocabulary.
   */
  columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null;
}

/**
 * Maps each field to its column index with `columnField` (the first column wins when a field
 * appears twice). A function of its own, not a matcher method: the content scripts never map a
 * whole header row this way, so they do not bundle it.
 */
export function mapColumnsWith(
  columnField: ColumnMatcher['columnField'],
  headers: readonly (string | null)[],
  extra?: Readonly<Record<string, DealColumn>>,
): Map<DealColumn, number> {
  const map = new Map<DealColumn, number>();
  headers.forEach((h, i) => {
    const field = columnField(h, extra);
    if (field && !map.has(field)) map.set(field, i);
  });
  return map;
}

function stripHints(header: string): string {
  return normLabel(header)
    .replace(/^(sort(ed)? by:?|sortieren nach:?|sort)\s+/, '')
    .replace(/\s+(sorted (ascending|descending)|sort(ed)? (ascending|descending)|aufsteigend|absteigend)$/, '')
    .replace(/\s*(▲|▼|↑|↓)$/, '')
    .trim();
}

/**
 * A header matcher over one vocabulary. Exact labels only: "Expected Revenue" or "Amount
 * (converted)" must not be read as the amount. The index is built on first use, so a module
 * that only creates a matcher does no work at load.
 */
export function columnMatcher(labels: ColumnLabels): ColumnMatcher {
  let index: Map<string, DealColumn> | null = null;
  // Lists repeat a handful of labels on every cell (data-label): normalize each label once.
  let seen: Map<string, DealColumn | null> | null = null;

  const fieldOf = (header: string, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null => {
    const key = stripHints(header);
    if (extra) for (const [label, field] of Object.entries(extra)) if (normLabel(label) === key) return field;
    if (!index) {
      index = new Map();
      for (const [field, list] of Object.entries(labels) as [DealColumn, readonly string[]][]) {
        for (const label of list) if (!index.has(normLabel(label))) index.set(normLabel(label), field);
      }
    }
    return index.get(key) ?? null;
  };

  const columnField: ColumnMatcher['columnField'] = (header, extra) => {
    if (!header) return null;
    if (extra) return fieldOf(header, extra);
    seen ??= new Map();
    let hit = seen.get(header);
    if (hit === undefined) {
      if (seen.size > 2000) seen.clear();
      seen.set(header, (hit = fieldOf(header)));
    }
    return hit;
  };

  return { columnField };
}

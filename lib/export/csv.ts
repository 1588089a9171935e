import { KPI_KEYS } from '../domain/kpi';
import type { Snapshot } from '../domain/snapshot';
import { cmp } from './order';

/**
 * Snapshots as CSV (docs/data-formats.md): UTF-8 with a BOM (so spreadsheet programs read
 * Chinese/Japanese text correctly), CRLF line ends (RFC 4180), one row per snapshot, i.e. per
 * day × scope × period, with one column per KPI.
 */
export const BOM = '\uFEFF';

export const SNAPSHOT_CSV_COLUMNS = [
  'takenOn', 'takenAt', 'kind', 'label', 'scope', 'owner', 'period', 'periodKind', 'periodStart', 'periodEnd', 'currency',
  ...KPI_KEYS,
  'basisDeals', 'basisMissingAmount', 'basisMissingRate', 'basisMissingCloseDate', 'basisMissingProbability', 'basisOldestSeen',
] as const;

/**
 * A text cell. Text starting with = + - @ (or tab / CR) would run as a formula when opened
 * (CSV injection, OWASP): it gets a leading apostrophe. Numbers are written as numbers.
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const text = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const KIND_ORDER = { month: 0, quarter: 1, year: 2, custom: 3 } as const;

/** takenOn, takenAt, period kind, period start, team before reps, owner, id: stable for diffs. */
export function snapshotCsvOrder(a: Snapshot, b: Snapshot): number {
  return cmp(a.takenOn, b.takenOn) || cmp(a.takenAt, b.takenAt)
    || KIND_ORDER[a.period.kind] - KIND_ORDER[b.period.kind] || cmp(a.period.start, b.period.start)
    || (a.scope === b.scope ? 0 : a.scope === 'team' ? -1 : 1) || cmp(a.owner ?? '', b.owner ?? '') || cmp(a.id, b.id);
}

function row(s: Snapshot): (string | number | null)[] {
  return [
    s.takenOn, s.takenAt, s.kind, s.label, s.scope, s.owner, s.period.label, s.period.kind, s.period.start, s.period.end, s.currency,
    ...KPI_KEYS.map((k) => s.kpis[k]),
    s.basis.deals, s.basis.missingAmount, s.basis.missingRate, s.basis.missingCloseDate, s.basis.missingProbability, s.basis.oldestSeen,
  ];
}

export function snapshotsToCsv(snapshots: readonly Snapshot[]): string {
  const lines = [SNAPSHOT_CSV_COLUMNS.map(csvCell), ...[...snapshots].sort(snapshotCsvOrder).map((s) => row(s).map(csvCell))];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

export const snapshotsCsvFileName = (now: Date = new Date()): string => `pacer-snapshots-${now.toISOString().slice(0, 10)}.csv`;

import type { Snapshot } from '../domain/snapshot';
import { currentPeriod, previousPeriod } from '../periods';
import { toIso } from '../periods/dates';
import { buildReport } from '../report';
import type { PacerDb } from './app-db';
import { loadEngineData } from './engine-data';
import { guardQuota } from './errors';
import { getSettings } from './settings';

const KINDS = ['month', 'quarter', 'year'] as const;

/** The user's calendar date (the engines take "today" as an input; this is where it comes from). */
export const localDate = (now: Date): string => toIso(now);

/** Auto snapshots: one per day × period × scope (re-taking the same day replaces). Manual: per moment. */
export function snapshotId(s: Pick<Snapshot, 'kind' | 'takenOn' | 'takenAt' | 'period' | 'scope' | 'owner'>): string {
  const when = s.kind === 'auto' ? s.takenOn : s.takenAt;
  return `${s.kind}:${when}:${s.period.label}:${s.scope}:${s.owner ?? ''}`;
}

/**
 * The KPIs of every scope (team + each owner) for the current month, quarter and fiscal year,
 * computed with the same engine as the popup (buildReport).
 */
export async function computeSnapshots(db: PacerDb, o: { now: Date; today?: string; kind: Snapshot['kind']; label: string | null }): Promise<Snapshot[]> {
  const today = o.today ?? localDate(o.now);
  const settings = await getSettings(db);
  const periods = KINDS.map((k) => currentPeriod(k, today, settings));
  const start = periods.map((p) => previousPeriod(p, settings).start).reduce((a, b) => (a < b ? a : b));
  const end = periods.map((p) => p.end).reduce((a, b) => (a > b ? a : b));
  const data = await loadEngineData(db, { start, end, today });
  const takenAt = o.now.toISOString();
  const out: Snapshot[] = [];
  for (const p of periods) {
    const report = buildReport(data, { today, period: p.label });
    for (const s of report.scopes) {
      const base = { takenOn: today, takenAt, kind: o.kind, period: report.period, scope: s.scope, owner: s.owner };
      out.push({ id: snapshotId(base), ...base, label: o.label, currency: report.currency, kpis: s.kpis, basis: s.basis });
    }
  }
  return out;
}

export async function hasAutoSnapshot(db: PacerDb, takenOn: string): Promise<boolean> {
  return (await db.snapshots.where('takenOn').equals(takenOn).filter((s) => s.kind === 'auto').count()) > 0;
}

/** "Save snapshot now": returns how many scope × period rows were written. */
export async function saveSnapshotNow(db: PacerDb, label: string | null, now: Date = new Date(), today?: string): Promise<number> {
  const rows = await computeSnapshots(db, { now, kind: 'manual', label, ...(today ? { today } : {}) });
  await guardQuota(() => db.snapshots.bulkPut(rows));
  return rows.length;
}

/**
 * Today's automatic snapshot unless one exists (alarm and popup may both ask: the check and
 * the write share one transaction, so at most one set is written a day). Returns rows written.
 */
export async function ensureTodaySnapshot(db: PacerDb, now: Date = new Date(), today?: string): Promise<number> {
  const day = today ?? localDate(now);
  if (await hasAutoSnapshot(db, day)) return 0;
  const rows = await computeSnapshots(db, { now, today: day, kind: 'auto', label: null });
  return guardQuota(() => db.transaction('rw', db.snapshots, async () => {
    if (await hasAutoSnapshot(db, day)) return 0;
    await db.snapshots.bulkPut(rows);
    return rows.length;
  }));
}

/** owner undefined: all; null: the team's; a name: that rep's. Oldest first. */
export async function listSnapshots(db: PacerDb, owner?: string | null): Promise<Snapshot[]> {
  const rows = owner === undefined
    ? await db.snapshots.toArray()
    : owner === null
      ? await db.snapshots.where('scope').equals('team').toArray()
      : await db.snapshots.where('[scope+owner]').equals(['rep', owner]).toArray();
  return rows.sort((a, b) => (a.takenAt < b.takenAt ? -1 : a.takenAt > b.takenAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

import type { Table } from 'dexie';
import type { Deal } from '../domain/deal';
import { dealKey } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { Settings } from '../domain/settings';
import type { BackupTable, ImportPreview } from '../messaging/protocol';
import type { PacerDb } from '../db/app-db';
import { fromRow, sameDeal } from '../db/deal-row';
import { trackedChanged } from '../db/merge-deal';
import { implicitFirst } from '../db/observations';
import { getSettings, hasStoredSettings } from '../db/settings';
import type { ParsedBackup } from './import-parse';
import { observationOrder } from './order';
import { stableJson } from './stable-json';

type Counts = ImportPreview['counts'];
export const TABLES: readonly BackupTable[] = ['deals', 'observations', 'goals', 'csat', 'snapshots', 'mappings', 'agendas'];
export const emptyCounts = (): Counts =>
  Object.fromEntries(TABLES.map((t) => [t, { add: 0, update: 0, unchanged: 0 }])) as Counts;

/** What an import will write; computed inside the transaction that previews or applies it. */
export interface ImportPlan {
  counts: Counts;
  settings: Settings | null;
  settingsChanged: boolean;
  deals: { before: Deal | undefined; after: Deal }[];
  observations: Observation[];
  puts: { goals: ParsedBackup['goals']; csat: ParsedBackup['csat']; snapshots: ParsedBackup['snapshots']; mappings: ParsedBackup['mappings']; agendas: ParsedBackup['agendas'] };
}

const later = (a: string, b: string) => Date.parse(a) >= Date.parse(b);

/**
 * Deals merge by key: the copy seen more recently (lastSeenAt) wins, firstSeenAt is the earliest
 * of both. So importing several reps' backups, in any order, keeps each deal's latest state.
 */
export function mergeImportedDeal(stored: Deal | undefined, inc: Deal): Deal {
  if (!stored) return inc;
  const newer = later(inc.lastSeenAt, stored.lastSeenAt) ? inc : stored;
  return { ...newer, firstSeenAt: later(stored.firstSeenAt, inc.firstSeenAt) ? inc.firstSeenAt : stored.firstSeenAt };
}

/** Keyed records replace the stored one (or the newer one wins when `prefer` says so). */
async function planKeyed<T, K>(
  table: Table<T, K>, records: T[], keyOf: (r: T) => K, counts: Counts[BackupTable], prefer?: (stored: T, inc: T) => T,
): Promise<T[]> {
  const unique = new Map<string, T>();
  for (const r of records) unique.set(stableJson(keyOf(r)), r);
  const list = [...unique.values()];
  const stored = await table.bulkGet(list.map(keyOf));
  const puts: T[] = [];
  list.forEach((inc, i) => {
    const cur = stored[i];
    const next = cur && prefer ? prefer(cur, inc) : inc;
    if (!cur) { counts.add++; puts.push(next); } else if (stableJson(cur) === stableJson(next)) counts.unchanged++;
    else { counts.update++; puts.push(next); }
  });
  return puts;
}

const obsSig = (o: Observation) => stableJson([o.crm, o.sourceId, o.at, o.stage, o.status, o.amount, o.closeDate]);
const pair = (o: { crm: string; sourceId: string }): [string, string] => [o.crm, o.sourceId];

/**
 * Observations are history: appended when not already stored (implicit first entries included,
 * lib/db/observations.ts), never updated. When the import gives a stored deal new history or
 * changes its tracked values, the deal's implicit first entry is written first so it is kept.
 */
async function planObservations(
  db: PacerDb, b: ParsedBackup, work: Map<string, { before: Deal | undefined; after: Deal }>,
  changedDeals: { before: Deal | undefined; after: Deal }[], counts: Counts,
): Promise<Observation[]> {
  const touched = new Map<string, [string, string]>();
  for (const o of b.observations) touched.set(dealKey(o), pair(o));
  const retracked = new Set<string>();
  for (const w of changedDeals) if (w.before && trackedChanged(w.before, w.after)) { retracked.add(dealKey(w.after)); touched.set(dealKey(w.after), pair(w.after)); }
  if (touched.size === 0) return [];
  const stored = await db.observations.where('[crm+sourceId]').anyOf([...touched.values()]).toArray();
  const withHistory = new Set(stored.map(dealKey));
  const bare = [...touched].filter(([k]) => !withHistory.has(k));
  const missing = bare.filter(([k]) => !work.has(k)).map(([, p]) => p);
  const fetched = new Map((missing.length ? await db.deals.bulkGet(missing) : []).flatMap((r) => (r ? [[dealKey(r), fromRow(r)] as const] : [])));
  const implicit = new Map<string, Observation>();
  for (const [k] of bare) {
    const before = work.get(k)?.before ?? fetched.get(k);
    if (before) implicit.set(k, implicitFirst(before));
  }
  const have = new Set([...stored, ...implicit.values()].map(obsSig));
  const out: Observation[] = [];
  const gained = new Set<string>();
  for (const o of b.observations) {
    const sig = obsSig(o);
    if (have.has(sig)) { counts.observations.unchanged++; continue; }
    have.add(sig);
    counts.observations.add++;
    out.push(o);
    gained.add(dealKey(o));
  }
  for (const [k, first] of implicit) if (gained.has(k) || retracked.has(k)) out.push(first);
  return out.sort(observationOrder);
}

export async function planImport(db: PacerDb, b: ParsedBackup): Promise<ImportPlan> {
  const counts = emptyCounts();
  // Deals (sequential within the file, so a key listed twice merges like two imports).
  const work = new Map<string, { before: Deal | undefined; after: Deal }>();
  const keys = [...new Map(b.deals.map((d) => [dealKey(d), [d.crm, d.sourceId] as [string, string]])).values()];
  const stored = await db.deals.bulkGet(keys);
  keys.forEach((k, i) => { const r = stored[i]; if (r) work.set(`${k[0]}:${k[1]}`, { before: fromRow(r), after: fromRow(r) }); });
  for (const d of b.deals) {
    const w = work.get(dealKey(d));
    if (w) w.after = mergeImportedDeal(w.after, d); else work.set(dealKey(d), { before: undefined, after: d });
  }
  const deals = [...work.values()].filter((w) => {
    if (!w.before) { counts.deals.add++; return true; }
    if (sameDeal(w.before, w.after)) { counts.deals.unchanged++; return false; }
    counts.deals.update++;
    return true;
  });
  const observations = await planObservations(db, b, work, deals, counts);
  const newerUpdate = <T extends { updatedAt: string | null }>(s: T, inc: T) => (s.updatedAt !== null && inc.updatedAt !== null && !later(inc.updatedAt, s.updatedAt) ? s : inc);
  const puts = {
    goals: await planKeyed(db.goals, b.goals, (g) => g.id, counts.goals),
    csat: await planKeyed(db.csat, b.csat, (c) => [c.owner, c.period] as [string, string], counts.csat),
    snapshots: await planKeyed(db.snapshots, b.snapshots, (x) => x.id, counts.snapshots),
    mappings: await planKeyed(db.mappings, b.mappings, (m) => m.id, counts.mappings, newerUpdate),
    agendas: await planKeyed(db.agendas, b.agendas, (a) => [a.owner, a.period] as [string, string], counts.agendas, newerUpdate),
  };
  // Settings: a fresh profile adopts the file's; otherwise the file's replace ours except `me`
  // (whoever imports a rep's backup stays themselves).
  let settings: Settings | null = null;
  let settingsChanged = false;
  if (b.settings) {
    const fresh = !(await hasStoredSettings(db));
    const current = await getSettings(db);
    settings = fresh ? b.settings : { ...b.settings, me: current.me ?? b.settings.me };
    settingsChanged = fresh || stableJson(settings) !== stableJson(current);
  }
  return { counts, settings, settingsChanged, deals, observations, puts };
}

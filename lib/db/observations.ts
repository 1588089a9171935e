import { dealKey, type Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { ObservationRow, PacerDb } from './app-db';

/**
 * The change history, stored lazily: a deal whose tracked values never changed since it was
 * first seen has NO stored observation; its one entry is implicit — its values at firstSeenAt.
 * Ingest materializes that entry when the first change comes (lib/db/ingest.ts), so storing a
 * page of new deals writes one record per deal instead of two. Every reader goes through here.
 */
export const observationOf = (d: Deal, at: string): Observation => ({
  crm: d.crm, sourceId: d.sourceId, at, stage: d.stage, status: d.status, amount: d.amount, closeDate: d.closeDate,
});

export const implicitFirst = (d: Deal): Observation => observationOf(d, d.firstSeenAt);

const strip = ({ id: _id, ...o }: ObservationRow): Observation => o;

/** Stored observations plus the implicit first entry of each deal that has none stored. */
export function withImplicit(deals: readonly Deal[], stored: readonly ObservationRow[]): Observation[] {
  const have = new Set(stored.map(dealKey));
  return [...stored.map(strip), ...deals.filter((d) => !have.has(dealKey(d))).map(implicitFirst)];
}

/** The history of these deals (index [crm+sourceId]). */
export async function observationsOf(db: PacerDb, deals: readonly Deal[]): Promise<Observation[]> {
  if (deals.length === 0) return [];
  const stored = await db.observations.where('[crm+sourceId]').anyOf(deals.map((d) => [d.crm, d.sourceId])).toArray();
  return withImplicit(deals, stored);
}

import { csatEntrySchema, type CsatEntry } from '../domain/csat';
import type { PacerDb } from './app-db';

/** One entry per owner + period: setting it again replaces the value. */
export async function setCsat(db: PacerDb, entry: CsatEntry): Promise<CsatEntry> {
  const e = csatEntrySchema.parse(entry);
  await db.csat.put(e);
  return e;
}

export async function listCsat(db: PacerDb, owner?: string): Promise<CsatEntry[]> {
  return owner === undefined ? db.csat.toArray() : db.csat.where('owner').equals(owner).toArray();
}

export async function deleteCsat(db: PacerDb, owner: string, period: string): Promise<void> {
  await db.csat.delete([owner, period]);
}

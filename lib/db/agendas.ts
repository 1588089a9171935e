import type { AgendaState } from '../domain/views';
import type { PacerDb } from './app-db';

/** The one-on-one agenda of an owner for a period; an empty one when none was saved. */
export async function getAgenda(db: PacerDb, owner: string, period: string): Promise<AgendaState> {
  return (await db.agendas.get([owner, period])) ?? { owner, period, items: [], notes: '', updatedAt: null };
}

/** Every saved agenda of an owner, oldest period label first (for carry-forward). */
export async function listAgendas(db: PacerDb, owner: string): Promise<AgendaState[]> {
  const rows = await db.agendas.where('owner').equals(owner).toArray();
  return rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

export async function saveAgenda(db: PacerDb, agenda: Omit<AgendaState, 'updatedAt'>, now: Date = new Date()): Promise<AgendaState> {
  const row: AgendaState = { ...agenda, updatedAt: now.toISOString() };
  await db.agendas.put(row);
  return row;
}

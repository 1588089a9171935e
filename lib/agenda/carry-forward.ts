import type { AgendaItem, AgendaState } from '../domain/views';

/** A stored agenda with the start date of its period, which orders one-on-ones in time. */
export interface DatedAgenda {
  agenda: AgendaState;
  start: string;
}

/**
 * The unticked points of earlier one-on-ones with a rep, for the one-on-one whose period starts on
 * `currentStart`. Agendas are replayed oldest first: a point stays open until a later agenda that
 * lists it marks it done; a point that is not listed again keeps its open state. `since` stays the
 * period where the point first appeared. The current period's own agenda is never a source.
 */
export function carryForward(earlier: readonly DatedAgenda[], currentStart: string, currentPeriod: string): AgendaItem[] {
  const ordered = earlier
    .filter((d) => d.start < currentStart && d.agenda.period !== currentPeriod)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : (a.agenda.updatedAt ?? '') < (b.agenda.updatedAt ?? '') ? -1 : 1));
  const open = new Map<string, AgendaItem>();
  const firstSeen = new Map<string, string>();
  for (const { agenda } of ordered) {
    for (const item of agenda.items) {
      if (!firstSeen.has(item.id)) firstSeen.set(item.id, item.since || agenda.period);
      if (item.done) open.delete(item.id);
      else open.set(item.id, { ...item, done: false, since: firstSeen.get(item.id) as string });
    }
  }
  return [...open.values()];
}

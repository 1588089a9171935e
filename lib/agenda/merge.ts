import type { TalkingPoint } from '../domain/report';
import type { AgendaItem, AgendaState } from '../domain/views';
import { isOwnId, type AgendaEntry } from './entry';

/**
 * The agenda shown for one one-on-one: this period's talking points (engine order), then what the
 * manager saved for this period (own points, carried points already acted on), then points carried
 * from earlier one-on-ones. A point that recurs keeps its tick and the period it first appeared in.
 */
export function mergeAgenda(
  period: string,
  points: readonly TalkingPoint[],
  stored: AgendaState | null,
  carried: readonly AgendaItem[],
): AgendaEntry[] {
  const saved = new Map((stored?.items ?? []).map((i) => [i.id, i]));
  const carriedById = new Map(carried.map((i) => [i.id, i]));
  const out: AgendaEntry[] = [];
  const seen = new Set<string>();
  for (const p of points) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const s = saved.get(p.id);
    const since = s?.since ?? carriedById.get(p.id)?.since ?? period;
    out.push({ id: p.id, category: p.category, text: p.text, done: s?.done ?? false, since, point: p, own: false });
  }
  for (const i of [...saved.values(), ...carried]) {
    if (seen.has(i.id)) continue;
    seen.add(i.id);
    out.push({ id: i.id, category: i.category, text: i.text, done: i.done, since: i.since, point: null, own: isOwnId(i.id) });
  }
  return out;
}

/** What `agenda.save` stores: every entry shown, ticked or not, so the next one-on-one can carry it. */
export const toAgendaItems = (entries: readonly AgendaEntry[]): AgendaItem[] =>
  entries.map((e) => ({ id: e.id, text: e.text.slice(0, 2000), category: e.category, done: e.done, since: e.since }));

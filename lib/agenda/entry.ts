import type { TalkingPoint } from '../domain/report';

/** Category of a manager's own point (the engine's categories are TalkingPointCategory). */
export const OWN_CATEGORY = 'own';

/** Order of the agenda's groups: the talking-point categories of kpi-definitions.md, then own points. */
export const AGENDA_CATEGORIES = ['progress', 'challenge', 'improvement', 'recognition', 'goal', 'competition', OWN_CATEGORY] as const;

/**
 * One line of a one-on-one agenda as the UI shows it: an engine talking point (with its evidence),
 * a point carried over from an earlier one-on-one, or a manager's own point.
 */
export interface AgendaEntry {
  id: string;
  category: string;
  text: string;
  done: boolean;
  /** Period label of the one-on-one where the point first appeared. */
  since: string;
  /** The engine's point for this period (evidence, question); null for own and carried-only points. */
  point: TalkingPoint | null;
  own: boolean;
}

export const isOwnId = (id: string): boolean => id.startsWith('own:');

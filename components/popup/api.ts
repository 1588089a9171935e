import type { Settings } from '../../lib/domain/settings';
import type { AgendaItem, RepView, TeamView } from '../../lib/domain/views';

/**
 * What the popup needs from the extension, injected by entrypoints/popup/app.tsx so the
 * components stay free of browser APIs (and testable with a fake).
 */
export interface PopupApi {
  /** YYYY-MM-DD: the local date, or `?today=` for tests and the demo. */
  today: string;
  /** The bundled demo CRM (demo builds only), for the no-data empty state. */
  demoUrl: string | null;
  settings(): Promise<Settings>;
  team(period: string | undefined): Promise<TeamView>;
  /**
   * The default period's team view if it has already arrived and not been taken by `team()`: the
   * popup then paints its rows in its first frame instead of "Loading" and the rows a frame later.
   */
  firstTeamIfArrived?(): TeamView | null;
  rep(owner: string, period: string): Promise<RepView>;
  saveAgenda(owner: string, period: string, items: AgendaItem[], notes: string): Promise<void>;
  saveCsat(owner: string, period: string, value: number): Promise<void>;
  /** Exports and downloads; resolves the file name. */
  exportData(format: 'csv' | 'json'): Promise<string>;
  copy(text: string): Promise<boolean>;
  print(): void;
  openGoals(owner: string, period: string): void;
  lastRep(): Promise<string | null>;
  rememberRep(owner: string): Promise<void>;
  /** Opens teach mode in the active tab; false when Pacer is not running there. */
  teachPage?(): Promise<boolean>;
}

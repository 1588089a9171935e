import type { Backup } from '../domain/backup';
import type { CsatEntry } from '../domain/csat';
import type { Goal } from '../domain/goal';
import type { Mapping } from '../domain/mapping';
import type { Settings } from '../domain/settings';
import type { Snapshot } from '../domain/snapshot';
import type { AgendaState, RepView, SidebarView, TeamView } from '../domain/views';
import type { Language } from '../domain/settings';
import type { Message } from '../i18n/types';
import type { RequestOf } from './schemas';

/**
 * The single protocol of Pacer: every message, `area.verb`, its request and its response.
 * Requests are validated by the background with `requestSchemas` (./schemas.ts); this file is
 * types only, so the content script pays nothing for it.
 */

export interface IngestResult {
  added: number;
  updated: number;
  unchanged: number;
  /** Records that failed validation, with the reason (path: message). */
  rejected: { index: number; reason: string }[];
}

export interface SmartCheck {
  ok: boolean;
  letters: { letter: 'S' | 'M' | 'A' | 'R' | 'T'; ok: boolean; reason: string | null; params?: Record<string, string | number | null> }[];
  /** The previous period's actual of the goal's scope and metric (the base of a relative target); set by `goals.check`. */
  baseline?: { period: string; value: number | null; hasData: boolean } | null;
  /** The target as a number (relative targets resolved on the baseline); null when unknown. */
  resolvedTarget?: number | null;
}

/** A stage label seen on stored deals of one CRM, with how many deals carry it (options → stage mapping). */
export interface StageSeen { crm: string; stage: string; deals: number }

/** The record tables of a backup (interfaces.md §1), in file order. */
export type BackupTable = 'deals' | 'observations' | 'goals' | 'csat' | 'snapshots' | 'mappings' | 'agendas';

export interface ImportIssue { path: string; reason: string }
export interface ImportPreview {
  ok: boolean;
  /** Whole-file problem (not a pacer backup, newer version, bad JSON…): nothing will be written. */
  fatal: string | null;
  /** Technical detail of `fatal` (e.g. which envelope field is wrong); null when none. */
  fatalDetail?: string | null;
  fromVersion: number | null;
  counts: Record<BackupTable, { add: number; update: number; unchanged: number }>;
  settingsChanged: boolean;
  errors: ImportIssue[];
}

export interface StorageUsage {
  counts: Record<BackupTable, number>;
  /** navigator.storage.estimate() of the extension's origin; null when unavailable. */
  usageBytes: number | null;
  quotaBytes: number | null;
}

export interface GoalCsvResult {
  goals: Goal[];
  errors: ImportIssue[];
  applied: boolean;
}

/** One language's messages for the sidebar (English filled in for any missing key). */
export interface SidebarStrings {
  lang: Language;
  messages: Record<string, Message>;
}

/** What the popup needs for its first frame: the settings, its language and that language's strings. */
export interface PopupStart extends SidebarStrings {
  settings: Settings;
}

export interface ProtocolMap {
  'deals.ingest'(req: RequestOf<'deals.ingest'>): IngestResult;
  'view.sidebar'(req: RequestOf<'view.sidebar'>): SidebarView;
  'view.team'(req: RequestOf<'view.team'>): TeamView;
  'view.rep'(req: RequestOf<'view.rep'>): RepView;
  'owners.list'(): string[];
  'settings.get'(): Settings;
  /** The popup opens: settings, language (the override, else the popup's `languages`) and its strings (it ships no message tables). */
  'popup.start'(req: RequestOf<'popup.start'>): PopupStart;
  'settings.update'(req: RequestOf<'settings.update'>): Settings;
  'goals.list'(req?: RequestOf<'goals.list'>): Goal[];
  'goals.save'(req: RequestOf<'goals.save'>): Goal;
  /** A goal with its drivers, all or nothing (one transaction; parents must be in the set or stored). */
  'goals.saveMany'(req: RequestOf<'goals.saveMany'>): Goal[];
  'goals.delete'(req: RequestOf<'goals.delete'>): void;
  'goals.check'(req: RequestOf<'goals.check'>): SmartCheck;
  'goals.importCsv'(req: RequestOf<'goals.importCsv'>): GoalCsvResult;
  /** Stage labels on stored deals, per CRM (options → settings). */
  'deals.stages'(): StageSeen[];
  'csat.set'(req: RequestOf<'csat.set'>): CsatEntry;
  'agenda.save'(req: RequestOf<'agenda.save'>): AgendaState;
  'snapshots.list'(req?: RequestOf<'snapshots.list'>): Snapshot[];
  'snapshots.saveNow'(req: RequestOf<'snapshots.saveNow'>): number;
  /** The popup asks on open: takes today's automatic snapshot when the daily alarm has not (count written, 0 if present). */
  'snapshots.ensureToday'(req?: RequestOf<'snapshots.ensureToday'>): number;
  'data.export'(): Backup;
  'data.exportSnapshotsCsv'(): string;
  'data.importPreview'(req: RequestOf<'data.importPreview'>): ImportPreview;
  'data.importApply'(req: RequestOf<'data.importApply'>): ImportPreview;
  'data.deleteAll'(req: RequestOf<'data.deleteAll'>): void;
  'data.usage'(): StorageUsage;
  'mappings.list'(): Mapping[];
  'mappings.forUrl'(req: RequestOf<'mappings.forUrl'>): Mapping[];
  'mappings.save'(req: RequestOf<'mappings.save'>): Mapping;
  'mappings.delete'(req: RequestOf<'mappings.delete'>): void;
  'sites.add'(req: RequestOf<'sites.add'>): Settings;
  'sites.remove'(req: RequestOf<'sites.remove'>): Settings;
  /**
   * Content script → background: the CSS of the sender's own script (its sidebar/teach shadow
   * root), read from the package. Through the background because web-accessible resources only
   * cover the built-in CRM hosts, never a custom domain registered at runtime.
   */
  'sites.css'(req: RequestOf<'sites.css'>): string;
  /** Background → content script of a tab: the `toggle-sidebar` command (Alt+Shift+P). */
  'sidebar.toggle'(): void;
  /** The sidebar's strings in the user's language (the content script ships no message tables: 25 KB budget). */
  'sidebar.strings'(): SidebarStrings;
  /** Background/popup → content script: open teach mode in this tab (true when it opened). */
  'teach.open'(): boolean;
  /**
   * Content script of a built-in CRM → background: inject teach mode (`teach`, which opens it)
   * or only the taught-mapping reader (`taught`) into the sender's tab and frame. Each CRM's
   * script ships without them (25 KB budget, issue #10). The custom-domain script (generic.js)
   * also asks for the generic kanban reader (`board`) once a page's tables yield no deals.
   */
  'teach.inject'(req: RequestOf<'teach.inject'>): boolean;
}

export type MessageType = keyof ProtocolMap;

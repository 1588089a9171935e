import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { CsatEntry } from '../domain/csat';
import type { Deal } from '../domain/deal';
import type { Goal } from '../domain/goal';
import type { Mapping } from '../domain/mapping';
import type { Observation } from '../domain/observation';
import type { Snapshot } from '../domain/snapshot';
import type { AgendaState } from '../domain/views';
import { upgradeToV2 } from './migrations/v2-first-won';

export const DB_NAME = 'pacer';

/**
 * A stored deal. `undated: 1` is set only while closeDate is null: IndexedDB cannot index null,
 * so this sparse index is how "deals without a close date" (basis.missingCloseDate) are found
 * without a full-table scan. It never leaves lib/db (see deal-row.ts).
 */
export type DealRow = Deal & { undated?: 1 };
export type ObservationRow = Observation & { id?: number };
export type AgendaRow = AgendaState;
export interface MetaRow { key: string; value: unknown }
/** Normalized account → earliest won closeDate over ALL deals, and the deal that set it. */
export interface FirstWonRow { account: string; closeDate: string; dealKey: string }

/**
 * Schema versions are only ever ADDED (architecture.md §7). A frozen copy of each older
 * version lives in test/fixtures/db/ so every upgrade is tested from a real older database.
 *
 * Settings live in `meta` (key `settings`), not in WXT storage: import and delete-all must
 * change settings and data in ONE transaction (nothing half-applied), and the background is
 * the only reader/writer. Pure UI preferences (sidebar collapsed…) live in WXT storage.
 */
export const SCHEMA_V1 = {
  deals: '[crm+sourceId], owner, status, closeDate, [owner+closeDate]',
  observations: '++id, [crm+sourceId], at',
  goals: 'id, owner, period',
  csat: '[owner+period], owner',
  snapshots: 'id, takenOn, scope, [scope+owner]',
  mappings: 'id, host',
  agendas: '[owner+period], owner',
  meta: 'key',
};

/**
 * v2: `[status+closeDate]` (open deals before today = slipped, won deals in date order) and the
 * sparse `undated` index, plus the maintained `accountFirstWon` aggregate so newCustomers /
 * repeatCustomers need no scan of every won deal ever stored. The upgrade backfills both.
 */
export const SCHEMA_V2 = {
  deals: '[crm+sourceId], owner, status, closeDate, [owner+closeDate], [status+closeDate], undated',
  accountFirstWon: 'account',
};

export class PacerDb extends Dexie {
  deals!: Table<DealRow, [string, string]>;
  observations!: Table<ObservationRow, number>;
  goals!: Table<Goal, string>;
  csat!: Table<CsatEntry, [string, string]>;
  snapshots!: Table<Snapshot, string>;
  mappings!: Table<Mapping, string>;
  agendas!: Table<AgendaRow, [string, string]>;
  meta!: Table<MetaRow, string>;
  accountFirstWon!: Table<FirstWonRow, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    // No liveQuery anywhere (UIs refresh on dataVersion): Dexie's optimistic query cache only
    // slowed every write (npm run bench, store-10k-new).
    super(name, { cache: 'disabled', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

/** Every data table, for export, delete-all and usage counts. */
export const dataTables = (db: PacerDb) =>
  [db.deals, db.observations, db.goals, db.csat, db.snapshots, db.mappings, db.agendas, db.meta, db.accountFirstWon] as const;

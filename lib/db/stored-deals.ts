import { Dexie, type IndexableType, type Table, type Transaction } from 'dexie';
import type { DealRow, PacerDb } from './app-db';

/**
 * Batches at least this large (a first read of a long list) look up which keys exist with one
 * key-only range read instead of a get per key.
 */
export const LARGE_BATCH = 256;

/**
 * The stored rows for a batch's keys, in order (undefined = not stored). A large batch is mostly
 * new deals the first time a long list is read, and each get costs about a third of a put in
 * Chromium's IndexedDB (`npm run bench`, store-10k-new): one key-only read per CRM over the
 * batch's id span says which exist, and only those are fetched.
 */
export async function storedDealRows(db: PacerDb, keys: readonly [string, string][]): Promise<(DealRow | undefined)[]> {
  if (keys.length < LARGE_BATCH) return db.deals.bulkGet(keys as [string, string][]);
  const span = new Map<string, { min: string; max: string }>();
  for (const [crm, id] of keys) {
    const s = span.get(crm);
    if (!s) span.set(crm, { min: id, max: id });
    else if (id < s.min) s.min = id;
    else if (id > s.max) s.max = id;
  }
  const present = new Set<string>();
  for (const [crm, { min, max }] of span) {
    const found = await db.deals.where('[crm+sourceId]').between([crm, min], [crm, max], true, true).primaryKeys();
    for (const k of found) present.add(`${crm}\u0000${(k as unknown as [string, string])[1]}`);
  }
  if (present.size === 0) return keys.map(() => undefined); // a list read for the first time
  const need = keys.filter(([crm, id]) => present.has(`${crm}\u0000${id}`));
  const rows = need.length ? await db.deals.bulkGet(need) : [];
  const byKey = new Map<string, DealRow | undefined>();
  need.forEach(([crm, id], i) => byKey.set(`${crm}\u0000${id}`, rows[i]));
  return keys.map(([crm, id]) => byKey.get(`${crm}\u0000${id}`));
}

/**
 * Writes rows inside the current read-write transaction. A large batch goes straight to the
 * transaction's object store (Dexie's bulkPut attaches a callback to every request: ~25 % over
 * a raw put loop for 10k rows in Chromium, npm run bench store-10k-new); an error still aborts
 * the transaction, which rejects the ingest as before. No liveQuery reads these writes.
 */
export async function putRows<T, K extends IndexableType>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
  const idb = (Dexie.currentTransaction as unknown as { idbtrans?: IDBTransaction } | null)?.idbtrans;
  if (!idb || rows.length < LARGE_BATCH) {
    await table.bulkPut(rows as T[]);
    return;
  }
  const store = idb.objectStore(table.name);
  for (const r of rows) store.put(r);
}

/**
 * The transaction's own object store for a large batch (else null: use Dexie's bulk ops): the
 * ingest puts a large batch's rows there in one tight loop after every record was merged (putting
 * them while validating measured slower, from more garbage collection: f5a660c).
 */
export function directStore(tx: Transaction, table: Table, count: number): IDBObjectStore | null {
  return count >= LARGE_BATCH && tx.idbtrans ? tx.idbtrans.objectStore(table.name) : null;
}

/**
 * Runs IN THE EXTENSION'S SERVICE WORKER (bundled by ../page-bundle.ts): the raw IndexedDB
 * baseline of the store measure, and counts. Plain IndexedDB, no Dexie: the physical floor.
 */
const req = <T>(r: IDBRequest<T>): Promise<T> => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
const done = (tx: IDBTransaction): Promise<void> => new Promise((res, rej) => { tx.oncomplete = () => res(); tx.onerror = () => rej(tx.error); tx.onabort = () => rej(tx.error); });

function open(name: string, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((res, rej) => {
    const r = upgrade ? indexedDB.open(name, 1) : indexedDB.open(name);
    r.onupgradeneeded = () => upgrade?.(r.result);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
}

/** Pacer's stored rows of one batch (sourceIds starting with `prefix`). */
async function storedRows(prefix: string): Promise<unknown[]> {
  const db = await open('pacer');
  try {
    const range = IDBKeyRange.bound(['salesforce', prefix], ['salesforce', `${prefix}\uffff`]);
    return await req(db.transaction('deals', 'readonly').objectStore('deals').getAll(range));
  } finally {
    db.close();
  }
}

/** A database whose `deals` store has exactly the key path and indexes of Pacer's. */
async function rawDb(): Promise<IDBDatabase> {
  const pacer = await open('pacer');
  const store = pacer.transaction('deals', 'readonly').objectStore('deals');
  const keyPath = store.keyPath;
  const indexes = Array.from(store.indexNames, (n) => { const i = store.index(n); return { n, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry }; });
  pacer.close();
  return open('pacer-bench-raw', (db) => {
    const s = db.createObjectStore('deals', { keyPath });
    for (const i of indexes) s.createIndex(i.n, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
  });
}

/** Puts the rows Pacer stored for `prefix` into the raw store, one transaction, timed. */
async function rawPut(prefix: string): Promise<{ ms: number; rows: number }> {
  const rows = await storedRows(prefix);
  const db = await rawDb();
  try {
    await done((() => { const tx = db.transaction('deals', 'readwrite'); tx.objectStore('deals').clear(); return tx; })());
    const t0 = performance.now();
    const tx = db.transaction('deals', 'readwrite');
    const s = tx.objectStore('deals');
    for (const r of rows) s.put(r);
    await done(tx);
    return { ms: performance.now() - t0, rows: rows.length };
  } finally {
    db.close();
  }
}

async function dealCount(): Promise<number> {
  const db = await open('pacer');
  try {
    return await req(db.transaction('deals', 'readonly').objectStore('deals').count());
  } finally {
    db.close();
  }
}

async function dataVersion(): Promise<number> {
  const v = (await chrome.storage.local.get('dataVersion')).dataVersion;
  return typeof v === 'number' ? v : 0;
}

/** Duration of the last `pacer:ingest` user timing (entrypoints/background/handlers/deals.ts). */
function lastIngestMs(): number {
  const all = performance.getEntriesByName('pacer:ingest');
  const last = all[all.length - 1];
  if (!last) throw new Error('no pacer:ingest timing in the service worker');
  performance.clearMeasures('pacer:ingest');
  return last.duration;
}

(globalThis as { __pacerSw?: unknown }).__pacerSw = { rawPut, dealCount, dataVersion, lastIngestMs };

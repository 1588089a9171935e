import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { PacerDb } from '../../../lib/db/app-db';

/** Returning an Error makes that write fail (as IndexedDB would report it). */
type MutateHook = (table: string, req: DBCoreMutateRequest) => Error | void;

/** Wraps every write (DBCore mutate) of a database; register BEFORE the first query. */
export function onMutate(db: PacerDb, hook: MutateHook): void {
  const mw: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'test-mutate-hook',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            const err = hook(name, req);
            return err ? Promise.reject(err) : t.mutate(req);
          },
        };
      },
    }),
  };
  db.use(mw);
}

/** Counts written records per table. */
export function countWrites(db: PacerDb): Record<string, number> {
  const counts: Record<string, number> = {};
  onMutate(db, (table, req) => {
    const n = 'values' in req && req.values ? req.values.length : 'keys' in req && req.keys ? req.keys.length : 1;
    counts[table] = (counts[table] ?? 0) + n;
  });
  return counts;
}

/** Makes writes to `table` fail like a full disk (the DOMException IndexedDB raises). */
export function failWritesTo(db: PacerDb, table: string, when: () => boolean = () => true): void {
  onMutate(db, (name) => {
    if (name === table && when()) return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return undefined;
  });
}

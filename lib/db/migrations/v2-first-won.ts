import type { Transaction } from 'dexie';
import type { Deal } from '../../domain/deal';
import { computeFirstWon } from '../first-won';

/**
 * v1 → v2: marks deals without a closeDate for the sparse `undated` index and backfills the
 * `accountFirstWon` aggregate from every stored deal. Runs once, inside Dexie's upgrade
 * transaction, so a failure leaves the v1 database untouched.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const won: Deal[] = [];
  await tx
    .table('deals')
    .toCollection()
    .modify((d: Deal & { undated?: 1 }) => {
      if (d.closeDate === null) d.undated = 1;
      if (d.status === 'won') won.push({ ...d });
    });
  await tx.table('accountFirstWon').bulkPut([...computeFirstWon(won).values()]);
}

import { Dexie } from 'dexie';
import { dealKey, type Deal } from '../domain/deal';
import { accountNormalizer, normalizeAccount } from '../kpi/accounts';
import type { FirstWonRow, PacerDb } from './app-db';
import { LARGE_BATCH, putRows } from './stored-deals';

/**
 * Maintains `accountFirstWon` (normalized account → earliest won closeDate over ALL deals), so
 * the engines get newCustomers/repeatCustomers right while loading only the deals near a period.
 */

/** The entry a deal would contribute: only won deals with an account and a closeDate count. */
export function firstWonCandidate(d: Deal | undefined, normalize: (name: string) => string | null = normalizeAccount): FirstWonRow | null {
  if (!d || d.status !== 'won' || d.account === null || d.closeDate === null) return null;
  const account = normalize(d.account);
  return !account ? null : { account, closeDate: d.closeDate, dealKey: dealKey(d) };
}

/** The aggregate as the engines take it (`EngineData.firstWonByAccount`): account → earliest won closeDate. */
export function firstWonMap(rows: Iterable<{ account: string; closeDate: string }>): Map<string, string> {
  return new Map(Array.from(rows, (r) => [r.account, r.closeDate]));
}

/** Full computation, for the v2 upgrade and tests. */
export function computeFirstWon(deals: Iterable<Deal>): Map<string, FirstWonRow> {
  const out = new Map<string, FirstWonRow>();
  for (const d of deals) {
    const c = firstWonCandidate(d);
    const cur = c && out.get(c.account);
    if (c && (!cur || c.closeDate < cur.closeDate)) out.set(c.account, c);
  }
  return out;
}

/**
 * Applies a batch of deal changes (call INSIDE the writing transaction, after the deals are
 * written). An earlier won deal simply replaces the entry; when the deal that set an entry
 * stops qualifying (reopened, lost, moved later, renamed account) that account is recomputed
 * from the won deals in closeDate order (index `[status+closeDate]`), which is rare.
 */
export async function updateFirstWon(
  db: PacerDb,
  changes: { before: Deal | undefined; after: Deal }[],
  /** The whole aggregate, read earlier in the same transaction (a large batch reads it up front). */
  whole?: readonly FirstWonRow[],
): Promise<void> {
  // Each deal's candidates once; account names repeat across a batch (NFKC is the costly step).
  const normalize = accountNormalizer();
  const accounts = new Set<string>();
  const candidates: { a: FirstWonRow | null; b: FirstWonRow | null }[] = [];
  for (const { before, after } of changes) {
    const a = firstWonCandidate(after, normalize);
    const b = firstWonCandidate(before, normalize);
    if (!a && !b) continue;
    if (a) accounts.add(a.account);
    if (b) accounts.add(b.account);
    candidates.push({ a, b });
  }
  if (accounts.size === 0) return;
  const keys = [...accounts];
  const rows = new Map<string, FirstWonRow>();
  if (whole || keys.length >= LARGE_BATCH) {
    // Many accounts (a long list read for the first time): one read of the whole aggregate,
    // at most one row per won account, beats a get per account (npm run bench, store-10k-new).
    for (const r of whole ?? (await db.accountFirstWon.toArray())) if (accounts.has(r.account)) rows.set(r.account, r);
  } else {
    const stored = await db.accountFirstWon.bulkGet(keys);
    keys.forEach((k, i) => { const r = stored[i]; if (r) rows.set(k, r); });
  }
  const dirty = new Set<string>();
  const recompute = new Set<string>();
  for (const { a, b } of candidates) {
    if (b && rows.get(b.account)?.dealKey === b.dealKey && (a?.account !== b.account || a.closeDate !== b.closeDate)) {
      recompute.add(b.account);
    }
    const cur = a && rows.get(a.account);
    if (a && (!cur || a.closeDate < cur.closeDate)) { rows.set(a.account, a); dirty.add(a.account); }
  }
  if (recompute.size > 0) await recomputeAccounts(db, recompute, rows, dirty);
  const puts = [...dirty].flatMap((k) => { const r = rows.get(k); return r ? [r] : []; });
  const deletes = [...dirty].filter((k) => !rows.has(k));
  if (puts.length) await putRows(db.accountFirstWon, puts);
  if (deletes.length) await db.accountFirstWon.bulkDelete(deletes);
}

async function recomputeAccounts(db: PacerDb, accounts: Set<string>, rows: Map<string, FirstWonRow>, dirty: Set<string>) {
  const found = new Map<string, FirstWonRow>();
  await db.deals
    .where('[status+closeDate]')
    .between(['won', Dexie.minKey], ['won', Dexie.maxKey])
    .until(() => found.size === accounts.size)
    .each((d) => {
      const c = firstWonCandidate(d);
      if (c && accounts.has(c.account) && !found.has(c.account)) found.set(c.account, c);
    });
  for (const account of accounts) {
    const f = found.get(account);
    if (f) rows.set(account, f); else rows.delete(account);
    dirty.add(account);
  }
}

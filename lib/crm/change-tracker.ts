import type { ExtractedDeal } from '../domain/deal';

/** Stable fingerprint of what a page showed for a deal (field order fixed, absent ≠ null). */
export function dealFingerprint(d: ExtractedDeal): string {
  return JSON.stringify([d.name, d.account, d.owner, d.amount, d.currency, d.stage, d.status, d.closeDate, d.createdDate, d.probability, d.url]
    .map((v) => (v === undefined ? '\u0000' : v)));
}

/**
 * Remembers what was last sent per deal key (`crm:sourceId`), so re-reading an unchanged page
 * sends nothing and a virtualized list sends each row once as the user scrolls. Keys seen on the
 * current page are counted separately (rows read), reset on in-app navigation.
 */
export class ChangeTracker {
  #sent = new Map<string, string>();
  #seenOnPage = new Set<string>();
  /** The fingerprint `changed` computed for each deal it returned, for `commit` (by object: a later read's deal is another). */
  #computed = new WeakMap<ExtractedDeal, string>();

  /** Deals new or changed since their last successful send. */
  changed(deals: readonly ExtractedDeal[]): ExtractedDeal[] {
    const out: ExtractedDeal[] = [];
    const batch = new Set<string>();
    for (const d of deals) {
      const key = `${d.crm}:${d.sourceId}`;
      this.#seenOnPage.add(key);
      if (batch.has(key)) continue;
      batch.add(key);
      const fp = dealFingerprint(d);
      if (this.#sent.get(key) === fp) continue;
      out.push(d);
      this.#computed.set(d, fp);
    }
    return out;
  }

  /**
   * Marks deals as delivered (call only after the background accepted them). A deal `changed`
   * returned keeps the fingerprint it computed: a delivered message of 1,000 deals fingerprinted
   * again was one task of ~1,000 JSON strings in the CRM's main thread (npm run bench, host).
   */
  commit(deals: readonly ExtractedDeal[]): void {
    for (const d of deals) this.#sent.set(`${d.crm}:${d.sourceId}`, this.#computed.get(d) ?? dealFingerprint(d));
  }

  /** Distinct deals read on this page so far (accumulates across virtualized scrolling). */
  get rowsRead(): number {
    return this.#seenOnPage.size;
  }

  newPage(): void {
    this.#seenOnPage.clear();
  }
}

/** A tiny observable value (the reader's status for the sidebar); no framework, no browser APIs. */
export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(cb: (value: T) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const subs = new Set<(v: T) => void>();
  return {
    get: () => value,
    set(patch) {
      value = { ...value, ...patch };
      for (const cb of subs) cb(value);
    },
    subscribe(cb) {
      subs.add(cb);
      cb(value);
      return () => subs.delete(cb);
    },
  };
}

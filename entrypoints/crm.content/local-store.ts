import { browser } from 'wxt/browser';

/**
 * storage.local without wxt/utils/storage (≈2.5 KB gzip the content script cannot afford).
 * Keys match WXT's `local:<key>` items: `sidebar:<host>` here is `local:sidebar:<host>` there,
 * and `dataVersion` is lib/messaging/data-version.ts's `local:dataVersion`.
 */
export async function readLocal<T>(key: string, fallback: T): Promise<T> {
  const got = await browser.storage.local.get(key);
  return (got[key] as T | undefined) ?? fallback;
}

export function writeLocal(key: string, value: unknown): Promise<void> {
  return browser.storage.local.set({ [key]: value });
}

/** Calls `cb` whenever `key` changes in storage.local; returns the unwatch. */
export function watchLocal(key: string, cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && key in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

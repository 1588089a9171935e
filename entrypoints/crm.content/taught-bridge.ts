import type { TaughtReader } from '../../lib/crm/extract-core';
import { sendMessage } from '../../lib/messaging/content';

/**
 * Taught mappings on a built-in CRM page: the CRM's script does not bundle the generic readers
 * (lib/crm/generic/taught.ts), so the first time the page has a mapping it asks the background
 * to inject content-scripts/taught.js, which hands its reader over here. Content scripts of one
 * extension share their isolated world, so the hand-over is a property on it (never visible to
 * the page) plus a window event to read again.
 */
const KEY = '__pacerReadTaught';
export const TAUGHT_READY_EVENT = 'pacer:taught-ready';

type Holder = { [KEY]?: TaughtReader };

/** taught.js: publish the reader and tell the CRM's script to read again. */
export function provideTaughtReader(read: TaughtReader): void {
  (globalThis as Holder)[KEY] = read;
  window.dispatchEvent(new Event(TAUGHT_READY_EVENT));
}

/** The CRM's script: a reader that delegates once taught.js is there, and asks for it once. */
export function lazyTaughtReader(): TaughtReader {
  let asked = false;
  return (root, url, mapping, o) => {
    const real = (globalThis as Holder)[KEY];
    if (real) return real(root, url, mapping, o);
    if (!asked) {
      asked = true;
      void sendMessage('teach.inject', { script: 'taught' }).catch(() => (asked = false));
    }
    return { deals: [], warnings: [] };
  };
}

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { onMessage } from './index';
import type { ProtocolMap } from './protocol';
import { requestSchemas, type RequestOf } from './schemas';

type Reply<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]>;
export type Handler<K extends keyof ProtocolMap> = (
  req: RequestOf<K>,
  sender: chrome.runtime.MessageSender,
) => Reply<K> | Promise<Reply<K>>;

/** Counted for tests and for the options page's diagnostics. */
export const rejectedMessages: { type: string; reason: string }[] = [];

function reject(type: string, reason: string): never {
  rejectedMessages.push({ type, reason });
  if (rejectedMessages.length > 100) rejectedMessages.shift();
  console.warn(`[pacer] rejected ${type}: ${reason}`);
  throw new Error(`Pacer rejected ${type}: ${reason}`);
}

const ownOrigin = (): string => browser.runtime.getURL('/');

/** Only this extension's own pages and content scripts may talk to the background. */
export function isTrustedSender(sender: chrome.runtime.MessageSender | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id) return false;
  if (sender.tab) {
    const url = sender.url ?? sender.tab.url ?? '';
    // Our own pages opened in a tab (the options page, the popup in a tab) carry `sender.tab` too.
    if (url.startsWith(ownOrigin())) return true;
    return /^https?:\/\//i.test(url);
  }
  // No tab: the popup, the service worker itself. A sender url, when given, must be ours.
  return !sender.url || sender.url.startsWith(ownOrigin());
}

/**
 * Messages only Pacer's own pages may send, never a content script: a content script runs in a
 * CRM page's renderer, and a compromised renderer must not be able to export, replace or delete
 * everything, or widen where Pacer runs (Chrome's advice: treat content scripts as less trusted).
 */
export const EXTENSION_PAGES_ONLY: ReadonlySet<string> = new Set([
  'data.export', 'data.exportSnapshotsCsv', 'data.importPreview', 'data.importApply', 'data.deleteAll',
  'sites.add', 'sites.remove', 'goals.importCsv',
]);

/** A content script (a web page's tab) rather than one of Pacer's own pages. */
export function isContentScriptSender(sender: chrome.runtime.MessageSender): boolean {
  const url = sender.url ?? sender.tab?.url ?? '';
  return Boolean(sender.tab) && !url.startsWith(ownOrigin());
}

/**
 * Registers a background handler. Every message is checked for its sender and validated with
 * its zod schema before the handler runs; failures are logged and answered with an error.
 */
export function handle<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): () => void {
  const schema = requestSchemas[type] as unknown as z.ZodType<RequestOf<K>>;
  return onMessage(type, async (message) => {
    if (!isTrustedSender(message.sender)) reject(String(type), 'unexpected sender');
    if (EXTENSION_PAGES_ONLY.has(type) && isContentScriptSender(message.sender)) reject(String(type), 'not allowed from a content script');
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) reject(String(type), z.prettifyError(parsed.error));
    return (await handler(parsed.data, message.sender)) as never;
  });
}

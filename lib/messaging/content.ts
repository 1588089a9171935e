import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

/**
 * The content scripts' side of the protocol, wire-compatible with @webext-core/messaging
 * (`{ id, type, data, timestamp }` → `{ res }` | `{ err }`), which the background and the
 * extension pages use (./index.ts). The library and its helpers cost each CRM's script ~1.5 KB
 * gzip of its 25 KB budget (issue #10); this is the part a content script needs.
 */
type Req<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Res<K extends keyof ProtocolMap> = Awaited<ReturnType<ProtocolMap[K]>>;
interface Reply { res?: unknown; err?: { name?: string; message?: string } | null }

let seq = Math.floor(Math.random() * 1e4);

function toError(err: NonNullable<Reply['err']>): Error {
  const e = new Error(typeof err.message === 'string' ? err.message : String(err));
  if (typeof err.name === 'string') e.name = err.name;
  return e;
}

export async function sendMessage<K extends keyof ProtocolMap>(type: K, data: Req<K>): Promise<Res<K>> {
  const reply = (await browser.runtime.sendMessage({ id: seq++, type, data, timestamp: Date.now() })) as Reply | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw toError(reply.err);
  return reply.res as Res<K>;
}

/** One handler for `type` (the background or the popup → this tab); returns the remover. */
export function onMessage<K extends keyof ProtocolMap>(type: K, handler: () => Res<K> | Promise<Res<K>>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (r: Reply) => void): boolean => {
    const m = message as { type?: unknown; timestamp?: unknown } | null;
    if (!m || m.type !== type || typeof m.timestamp !== 'number') return false;
    Promise.resolve()
      .then(handler)
      .then(
        (res) => sendResponse({ res }),
        (e: unknown) => sendResponse({ err: { name: e instanceof Error ? e.name : 'Error', message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

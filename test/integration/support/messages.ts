import { fakeBrowser } from 'wxt/testing';
import type { ProtocolMap } from '../../../lib/messaging/protocol';

/**
 * Delivers a message to the background's handlers as Chrome would, from a trusted sender
 * (this extension's own page). fakeBrowser's sendMessage passes an empty sender, which
 * `handle` rightly rejects, so the event is triggered directly.
 */
export async function send<K extends keyof ProtocolMap>(
  type: K, data?: unknown, sender: chrome.runtime.MessageSender = { id: fakeBrowser.runtime.id },
): Promise<ReturnType<ProtocolMap[K]>> {
  let reply: unknown;
  const done = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: Date.now() }, sender, (r: unknown) => { reply = r; resolve(); });
  });
  await done;
  const { res, err } = reply as { res?: unknown; err?: { message: string } };
  if (err) throw new Error(err.message);
  return res as ReturnType<ProtocolMap[K]>;
}

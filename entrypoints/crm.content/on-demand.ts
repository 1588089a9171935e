import type { ExtractResult } from '../../lib/crm/contract';
import { sendMessage } from '../../lib/messaging/content';

/**
 * Readers that live in a script the background injects on demand (`teach.inject`): taught.js
 * (taught mappings, ./taught-bridge.ts) and board.js (generic.js's kanban reader,
 * generic.content/board-bridge.ts). Content scripts of one extension share their isolated world,
 * so the hand-over is a property on it (never visible to the page) plus one window event on which
 * the waiting script reads again (./teach-lazy.ts listens).
 */
export type OnDemandScript = 'taught' | 'board';

/** An injected script handed its reader over: read again. */
export const READER_READY_EVENT = 'pacer:reader-ready';

type Holder = Record<string, unknown>;
const keyOf = (script: OnDemandScript): string => `__pacerRead:${script}`;

/** In the injected script: publish its reader and tell the page's script to read again. */
export function provideReader(script: OnDemandScript, read: (...args: never[]) => ExtractResult): void {
  (globalThis as Holder)[keyOf(script)] = read;
  window.dispatchEvent(new Event(READER_READY_EVENT));
}

/**
 * In the page's script: a reader that delegates once `script` is there and until then reads
 * nothing and asks for it, once (again after a failed injection).
 */
export function onDemandReader<A extends unknown[]>(script: OnDemandScript, ask: () => Promise<unknown> = () => sendMessage('teach.inject', { script })): (...args: A) => ExtractResult {
  let asked = false;
  return (...args) => {
    const real = (globalThis as Holder)[keyOf(script)] as ((...a: A) => ExtractResult) | undefined;
    if (real) return real(...args);
    if (!asked) {
      asked = true;
      void ask().catch(() => (asked = false));
    }
    return { deals: [], warnings: [] };
  };
}

import type { BoardReader } from '../../lib/crm/generic/adapter-with';
import { sendMessage } from '../../lib/messaging/content';

/**
 * The generic kanban reader (lib/crm/generic/board.ts) on custom CRM domains: generic.js does
 * not bundle it (25 KB budget, issue #7); the first time a page's tables yield no deals, the
 * script asks the background to inject content-scripts/board.js, which hands its reader over
 * here, as the taught reader does (crm.content/taught-bridge.ts): a property on the isolated
 * world the extension's content scripts share (never visible to the page) plus a window event
 * to read again. List pages, the common case, never load it.
 */
const KEY = '__pacerReadBoards';
export const BOARDS_READY_EVENT = 'pacer:boards-ready';

type Holder = { [KEY]?: BoardReader };

/** board.js: publish the reader and tell generic.js to read again. */
export function provideBoardReader(read: BoardReader): void {
  (globalThis as Holder)[KEY] = read;
  window.dispatchEvent(new Event(BOARDS_READY_EVENT));
}

/** generic.js: a board reader that delegates once board.js is there, and asks for it once. */
export function lazyBoardReader(ask: () => Promise<unknown> = () => sendMessage('teach.inject', { script: 'board' })): BoardReader {
  let asked = false;
  return (root, url, o) => {
    const real = (globalThis as Holder)[KEY];
    if (real) return real(root, url, o);
    if (!asked) {
      asked = true;
      void ask().catch(() => (asked = false));
    }
    return { deals: [], warnings: [] };
  };
}

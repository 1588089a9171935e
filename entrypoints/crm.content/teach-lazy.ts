import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage } from '../../lib/messaging/content';
import { READER_READY_EVENT } from './on-demand';
import { MAPPING_SAVED_EVENT } from './teach-events';

/**
 * Teach mode for a built-in CRM's script, which does not bundle it: the same triggers as
 * `setupTeach` (the sidebar's `pacer:teach` event, the popup's `teach.open`) ask the background
 * to inject content-scripts/teach.js into this frame; that script announces saved mappings
 * with a window event, and the reader reads again with the new mapping.
 */
export function setupLazyTeach(ctx: ContentScriptContext, reader: { reloadMapping(): Promise<void>; rescan(): void }): void {
  const open = () => sendMessage('teach.inject', { script: 'teach' }).catch(() => false);
  ctx.addEventListener(window, 'pacer:teach', () => void open());
  ctx.addEventListener(window, MAPPING_SAVED_EVENT, () => void reader.reloadMapping());
  // A reader injected on demand arrived (./on-demand.ts: taught.js, generic.js's board.js): read with it now.
  ctx.addEventListener(window, READER_READY_EVENT, () => reader.rescan());
  const removeMessage = onMessage('teach.open', () => open());
  ctx.onInvalidated(removeMessage);
}

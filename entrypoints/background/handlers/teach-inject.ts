import { browser } from 'wxt/browser';
import { handle } from '../../../lib/messaging/handle';

/**
 * `teach.inject`: each built-in CRM's content script ships without teach mode and the generic
 * readers (to stay small); when the user asks to teach, or the page has a taught mapping, it
 * asks here and the script is injected into that tab and frame. The custom-domain script asks
 * for the kanban reader (`board`) once a page's tables yield no deals (generic.content/board-bridge.ts). Only into the sender's own
 * frame: Pacer's host permissions already cover the page, and no other tab is ever touched.
 */
export const INJECTED_SCRIPTS = {
  teach: 'content-scripts/teach.js',
  taught: 'content-scripts/taught.js',
  board: 'content-scripts/board.js',
} as const;

export function setupTeachInject(): () => void {
  return handle('teach.inject', async ({ script }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('teach.inject comes from a tab');
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [INJECTED_SCRIPTS[script]] });
    return true;
  });
}

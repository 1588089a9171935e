import { browser } from 'wxt/browser';
import { sendMessage } from '../../../lib/messaging/index';

/**
 * The manifest command `toggle-sidebar` (Alt+Shift+P) arrives here, not in the page: forward it
 * to the active tab's content script. `tabs.query` gives the id without the `tabs` permission.
 * Tabs without Pacer's content script (no CRM) have no receiver; that rejection is expected.
 */
export function setupToggleSidebarCommand(): void {
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return;
    await sendMessage('sidebar.toggle', undefined, id).catch(() => undefined);
  });
}

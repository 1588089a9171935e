import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translatorFor } from '../../lib/i18n/sidebar-strings';
import { onMessage, sendMessage } from '../../lib/messaging/content';
import { mountShadowUi, type ShadowUi } from './shadow-ui';
import { TeachApp } from './teach-app';

/**
 * Teach mode in its own shadow root (`pacer-teach`), opened on demand. `onSaved` runs after
 * the mapping was stored (re-read the page with it).
 */
export function createTeach(ctx: ContentScriptContext, onSaved: () => Promise<void>): { open(): Promise<boolean> } {
  let ui: ShadowUi | null = null;
  let opening = false;

  const close = () => {
    if (ui) render(null, ui.container);
    ui?.remove();
    ui = null;
  };

  const open = async (): Promise<boolean> => {
    if (ui || opening) return true;
    opening = true;
    try {
      const strings = await sendMessage('sidebar.strings', undefined);
      const t = translatorFor(strings.messages, strings.lang);
      const created = await mountShadowUi(ctx, 'pacer-teach', 2147483600);
      // Out of the page's flow; the panel takes pointer events itself (teach.css).
      Object.assign(created.host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', pointerEvents: 'none' });
      const own = [created.host, ...Array.from(document.querySelectorAll('pacer-sidebar'))];
      render(<TeachApp t={t} lang={strings.lang} ownHosts={own} onSaved={onSaved} onClose={close} />, created.container);
      ui = created;
      return true;
    } catch {
      return false;
    } finally {
      opening = false;
    }
  };

  ctx.onInvalidated(close);
  return { open };
}

/**
 * Teach mode bundled in the script itself (the custom-domain/demo script). Opened by the
 * sidebar's "Something's wrong?" (a `pacer:teach` event on window) and by the popup
 * (`teach.open` to this tab).
 */
export function setupTeach(ctx: ContentScriptContext, reader: { reloadMapping(): Promise<void> }): void {
  const teach = createTeach(ctx, () => reader.reloadMapping());
  ctx.addEventListener(window, 'pacer:teach', () => void teach.open());
  const removeMessage = onMessage('teach.open', () => teach.open());
  ctx.onInvalidated(removeMessage);
}

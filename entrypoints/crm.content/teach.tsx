import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { translatorFor } from '../../lib/i18n/sidebar-strings';
import { onMessage, sendMessage } from '../../lib/messaging';
import type { Reader } from './reader';
import { TeachApp } from './teach-app';

/**
 * Teach mode in its own shadow root (`pacer-teach`). Opened by the sidebar's "Something's
 * wrong?" (a `pacer:teach` event on window) and by the popup (`teach.open` to this tab).
 */
export function setupTeach(ctx: ContentScriptContext, reader: Reader): void {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let opening = false;

  const close = () => {
    ui?.remove();
    ui = null;
  };

  const open = async (): Promise<boolean> => {
    if (ui || opening) return true;
    opening = true;
    try {
      const strings = await sendMessage('sidebar.strings', undefined);
      const t = translatorFor(strings.messages, strings.lang);
      const created = await createShadowRootUi(ctx, {
        name: 'pacer-teach',
        position: 'overlay',
        anchor: 'body',
        append: 'last',
        zIndex: 2147483600,
        onMount(container, _shadow, host) {
          // Out of the page's flow; the panel takes pointer events itself (teach.css).
          Object.assign(host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', pointerEvents: 'none' });
          const own = [host, ...Array.from(document.querySelectorAll('pacer-sidebar'))];
          render(<TeachApp t={t} lang={strings.lang} ownHosts={own} onSaved={() => reader.reloadMapping()} onClose={close} />, container);
          return container;
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      ui = created;
      created.mount();
      return true;
    } catch {
      return false;
    } finally {
      opening = false;
    }
  };

  ctx.addEventListener(window, 'pacer:teach', () => void open());
  const removeMessage = onMessage('teach.open', () => open());
  ctx.onInvalidated(() => {
    removeMessage();
    close();
  });
}

import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../../lib/messaging/index';
import { SidebarController, type SidebarPrefs } from './sidebar-controller';
import { readLocal, writeLocal } from './local-store';
import type { SidebarStatusSource } from './sidebar-status';

const DEFAULT_PREFS: SidebarPrefs = { collapsed: false, periodKind: 'quarter' };

/** Alt+Shift+P, matched on the physical key so it works on every keyboard layout. */
export const isToggleShortcut = (e: KeyboardEvent): boolean =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP';

/**
 * Mounts the sidebar in a shadow root appended to <body>. The host is taken out of the page's
 * flow (fixed, 0×0, no pointer events), so the CRM's layout never shifts; the panel and its tab
 * take pointer events themselves. Prefs (collapsed, period) are remembered per CRM host.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  source: SidebarStatusSource,
  opts: { onTeach?: () => void } = {},
): Promise<{ toggle: () => void }> {
  const prefsKey = `sidebar:${location.host}`;
  const prefs: SidebarPrefs = { ...DEFAULT_PREFS, ...(await readLocal<Partial<SidebarPrefs>>(prefsKey, {})) };
  let toggle: () => void = () => undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'pacer-sidebar',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    zIndex: 2147483000,
    onMount(container, _shadow, shadowHost) {
      Object.assign(shadowHost.style, { position: 'fixed', top: '0', right: '0', width: '0', height: '0', pointerEvents: 'none' });
      const onTeach = () => {
        // Helper "generic" (teach mode) listens for this on the document; composed so it leaves the shadow root.
        shadowHost.dispatchEvent(new CustomEvent('pacer:teach', { bubbles: true, composed: true }));
        opts.onTeach?.();
      };
      render(
        <SidebarController
          source={source}
          prefs={prefs}
          savePrefs={(p) => void writeLocal(prefsKey, p)}
          exposeToggle={(fn) => (toggle = fn)}
          onTeach={onTeach}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const removeMessage = onMessage('sidebar.toggle', () => toggle());
  const onKey = (e: KeyboardEvent) => {
    if (!isToggleShortcut(e)) return;
    e.preventDefault();
    toggle();
  };
  // Capture phase: CRMs often stop keydown propagation in their own handlers.
  ctx.addEventListener(window, 'keydown', onKey, { capture: true });
  ctx.onInvalidated(() => {
    removeMessage();
  });
  return { toggle: () => toggle() };
}

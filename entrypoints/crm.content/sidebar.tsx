import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage } from '../../lib/messaging/content';
import { SidebarController, type SidebarPrefs } from './sidebar-controller';
import { readLocal, writeLocal } from './local-store';
import { mountShadowUi } from './shadow-ui';
import type { SidebarStatusSource } from './sidebar-status';

const DEFAULT_PREFS: SidebarPrefs = { collapsed: false, periodKind: 'quarter' };

/** Alt+Shift+P, matched on the physical key so it works on every keyboard layout. */
export const isToggleShortcut = (e: KeyboardEvent): boolean =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP';

/**
 * Mounts the sidebar in a shadow root appended to <body>. The host is taken out of the page's
 * flow (fixed over the viewport, click-through, contained), so the CRM's layout never shifts; the panel and its tab
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

  // The host is a viewport-sized, click-through box with `contain: strict`: a relayout boundary,
  // so the panel re-rendering (every status update of a read) lays out and paints only itself.
  // As a plain inline box in <body> each update re-laid out the whole CRM page: 1-4 s a frame on
  // a 10k-row Lightning list, ~half of Pacer's first read there (issue #7, a Chromium trace).
  const ui = await mountShadowUi(ctx, 'pacer-sidebar', 2147483000, 'position:fixed!important;inset:0!important;pointer-events:none!important;contain:strict!important;z-index:2147483000!important');
  const shadowHost = ui.host;
  const onTeach = () => {
    // Teach mode listens for this on window; composed so it leaves the shadow root.
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
    ui.container,
  );
  ctx.onInvalidated(() => render(null, ui.container));

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

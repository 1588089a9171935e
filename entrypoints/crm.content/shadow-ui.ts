import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../../lib/messaging/content';

export interface ShadowUi {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the UI renders (the shadow tree's <body>). */
  container: HTMLElement;
  remove(): void;
}

let cssText: Promise<string> | null = null;

/**
 * This script's own CSS file (cssInjectionMode 'ui'), asked once from the background, `:root`
 * rules scoped to the host. Not fetched here: the file is web-accessible only on the built-in CRM
 * hosts, and a custom domain's script (registered at runtime) would get no styles at all.
 */
function scriptCss(): Promise<string> {
  // WXT defines ENTRYPOINT per content script build (its own createShadowRootUi reads it too).
  cssText ??= sendMessage('sites.css', { entry: import.meta.env.ENTRYPOINT })
    .catch(() => '')
    .then((css) => css.replaceAll(':root', ':host'));
  return cssText;
}

/**
 * A Pacer overlay (sidebar, teach mode) in its own open shadow root appended to <body>, styled by
 * this content script's CSS. The same DOM and reset as WXT's createShadowRootUi (host > shadow >
 * html > head + body), without its anchor, positioning and auto-mount machinery, which cost each
 * CRM's script ~2.5 KB gzip of its 25 KB budget (issue #10). Removed when the context dies.
 */
export async function mountShadowUi(ctx: ContentScriptContext, name: string, zIndex: number, hostCss = ''): Promise<ShadowUi> {
  const css = await scriptCss();
  const host = document.createElement(name);
  host.setAttribute('data-wxt-shadow-root', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  // `all:initial !important` in the shadow tree beats the host's inline style (inner context
  // wins for !important), so host rules that must hold go in `hostCss`, each !important.
  style.textContent = `:host{all:initial !important;${hostCss}}\n${css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  Object.assign(host.style, { zIndex: String(zIndex), overflow: 'visible', position: 'relative', width: '0', height: '0', display: 'block' });
  Object.assign(html.style, { position: 'absolute', top: '0', left: '0' });
  document.body.append(host);
  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    host.remove();
  };
  ctx.onInvalidated(remove);
  return { host, shadow, container: body, remove };
}

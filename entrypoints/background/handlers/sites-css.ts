import { browser } from 'wxt/browser';
import { handle } from '../../../lib/messaging/handle';

/**
 * `sites.css`: a content script's own stylesheet (content-scripts/<entry>.css, built by WXT for
 * cssInjectionMode 'ui'), for the shadow root of its sidebar or teach mode. Content scripts could
 * fetch it themselves only where it is web-accessible, i.e. on the built-in CRM hosts; a custom
 * domain's script is registered at runtime, so the background reads the packaged file for every
 * host alike. Cached per entry for the worker's life (the package never changes under it).
 */
const cache = new Map<string, Promise<string>>();

function readCss(entry: string): Promise<string> {
  let css = cache.get(entry);
  if (!css) {
    const getURL = browser.runtime.getURL as (path: string) => string;
    css = fetch(getURL(`/content-scripts/${entry}.css`))
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    cache.set(entry, css);
  }
  return css;
}

export function setupSitesCss(): () => void {
  return handle('sites.css', ({ entry }) => readCss(entry));
}

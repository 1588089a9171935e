/** = `URL_MAX` of lib/domain/deal.ts, repeated so the content script does not bundle zod (a test keeps them equal). */
export const URL_MAX = 2000;

/**
 * A path-absolute href that `new URL(href, page)` would return unchanged after the page's origin:
 * only characters the URL parser keeps as they are, no `.`/`..` segments (nor `%2e`), no `//`
 * or `\` start. Lists resolve one such link per row; `new URL` per row was a measurable share of
 * a 10k-row read.
 */
const PLAIN_PATH = /^\/(?![/\\])[A-Za-z0-9\-_~!$&()*+,;=:@/?#%]*$/;
const DOT_SEGMENT = /\/\.|%2e/i;

let lastPage: { text: string; url: URL | null } | null = null;
function pageOf(pageUrl: string | URL): URL | null {
  const text = String(pageUrl);
  if (lastPage?.text !== text) {
    let url: URL | null = null;
    try { url = new URL(text); } catch { url = null; }
    lastPage = { text, url };
  }
  return lastPage.url;
}

/**
 * A record link that is safe to store and open: resolved against the page, only http(s), only on
 * the CRM's own host (`allowedHost`, default the page's host). `javascript:`, `data:` and links
 * to other sites give null.
 */
export function safeRecordUrl(href: string | null | undefined, pageUrl: string | URL, allowedHost?: string): string | null {
  if (!href) return null;
  const page = pageOf(pageUrl);
  if (!page) return null;
  const h = href.trim();
  // An absolute link on the page's own origin is the same path-absolute link.
  const path = h.startsWith(page.origin) && h.charAt(page.origin.length) === '/' ? h.slice(page.origin.length) : h;
  if (PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path) && !page.username && !page.password && (page.protocol === 'https:' || page.protocol === 'http:')) {
    // Same origin as the page by construction; only the host check and the cap remain.
    if ((allowedHost ?? page.hostname).toLowerCase() !== page.hostname.toLowerCase()) return null;
    const out = page.origin + path;
    return out.length <= URL_MAX ? out : null;
  }
  let url: URL;
  try {
    url = new URL(h, page);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = (allowedHost ?? page.hostname).toLowerCase();
  if (url.hostname.toLowerCase() !== host) return null;
  const out = url.href;
  return out.length <= URL_MAX ? out : null;
}

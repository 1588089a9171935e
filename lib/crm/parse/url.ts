/** = `URL_MAX` of lib/domain/deal.ts, repeated so the content script does not bundle zod (a test keeps them equal). */
export const URL_MAX = 2000;

/**
 * A path-absolute href that `new URL(href, page)` would return unchanged after the page's origin:
 * only characters the URL parser keeps as they are, no `.`/`..` segments (nor `%2e`), no `//`
 * or `\` start. Lists resolve one such link per row; `new URL` per row was a measurable share of
 * a 10k-row read.
 */
const PLAIN_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&()*+,;=:@/?#%]*$/;
const DOT_SEGMENT = /\/\.|%2e/i;

/** The page URL and what every link check asks of it, kept for the last page (a list's links share it). */
interface Page { url: URL; origin: string; host: string; plain: boolean }
let lastPage: { text: string; page: Page | null } | null = null;
function pageOf(pageUrl: string | URL): Page | null {
  const text = String(pageUrl);
  if (lastPage?.text !== text) {
    let page: Page | null = null;
    try {
      const url = new URL(text);
      // URL getters build a new string per call: read them once per page, not once per row.
      page = { url, origin: url.origin, host: url.hostname.toLowerCase(), plain: !url.username && !url.password && (url.protocol === 'https:' || url.protocol === 'http:') };
    } catch { page = null; }
    lastPage = { text, page };
  }
  return lastPage.page;
}

/**
 * A record link that is safe to store and open: resolved against the page, only http(s), only on
 * the CRM's own host (`allowedHost`, default the page's host). `javascript:`, `data:` and links
 * to other sites give null.
 */
export function safeRecordUrl(href: string | null | undefined, pageUrl: string | URL, allowedHost?: string): string | null {
  if (!href) return null;
  const p = pageOf(pageUrl);
  if (!p) return null;
  const h = href.trim();
  // An absolute link on the page's own origin is the same path-absolute link.
  const path = h.startsWith(p.origin) && h.charAt(p.origin.length) === '/' ? h.slice(p.origin.length) : h;
  const host = allowedHost === undefined ? p.host : allowedHost.toLowerCase();
  if (p.plain && PLAIN_PATH.test(path) && !DOT_SEGMENT.test(path)) {
    // Same origin as the page by construction; only the host check and the cap remain.
    if (host !== p.host) return null;
    const out = p.origin + path;
    return out.length <= URL_MAX ? out : null;
  }
  const page = p.url;
  let url: URL;
  try {
    url = new URL(h, page);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  if (url.hostname.toLowerCase() !== host) return null;
  const out = url.href;
  return out.length <= URL_MAX ? out : null;
}

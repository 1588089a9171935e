/** = `URL_MAX` of lib/domain/deal.ts, repeated so the content script does not bundle zod (a test keeps them equal). */
export const URL_MAX = 2000;

/**
 * A record link that is safe to store and open: resolved against the page, only http(s), only on
 * the CRM's own host (`allowedHost`, default the page's host). `javascript:`, `data:` and links
 * to other sites give null.
 */
export function safeRecordUrl(href: string | null | undefined, pageUrl: string | URL, allowedHost?: string): string | null {
  if (!href) return null;
  let page: URL;
  let url: URL;
  try {
    page = new URL(String(pageUrl));
    url = new URL(href.trim(), page);
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

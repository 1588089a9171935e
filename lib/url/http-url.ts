/**
 * A CRM link is only used when it is an absolute http(s) URL: a stored url came from a page, and
 * `javascript:` or `data:` must never become a clickable link or a Markdown link.
 */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

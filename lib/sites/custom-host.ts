import { CRM_HOST_PATTERNS } from '../crm/hosts';

/**
 * Custom CRM domains (options → Sites): what the user typed → a host Pacer can ask permission
 * for and register its content script on. Pure, so the options page validates as the user
 * types and the background validates again before touching permissions.
 */
export type HostCheck = { ok: true; host: string } | { ok: false; reason: 'invalid' | 'builtin' };

/** `https://CRM.Example.com:8443/deals?x` → `crm.example.com` (match patterns ignore ports). */
export function normalizeCustomHost(input: string): HostCheck {
  const raw = input.trim();
  if (!raw || /\s/.test(raw) || raw.includes('*')) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'invalid' };
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
  if (host.length > 253 || (!ipv4 && !/^(?=.{1,253}$)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/.test(host))) {
    return { ok: false, reason: 'invalid' };
  }
  if (isBuiltInHost(host)) return { ok: false, reason: 'builtin' };
  return { ok: true, host };
}

/** Does a built-in adapter's host pattern already cover this host? */
export function isBuiltInHost(host: string): boolean {
  return CRM_HOST_PATTERNS.some((p) => {
    const pattern = /^https?:\/\/([^/]+)\//.exec(p)?.[1] ?? '';
    if (pattern.startsWith('*.')) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
    return host === pattern;
  });
}

/** The one origin Pacer asks for: `https://<host>/*` (never `<all_urls>`). */
export const originsFor = (host: string): string[] => [`https://${host}/*`];

/** Id of the dynamically registered content script for a custom host. */
export const scriptIdFor = (host: string): string => `pacer-custom-${host}`;
export const CUSTOM_SCRIPT_PREFIX = 'pacer-custom-';

/**
 * A few lines of safe HTML building for the demo CRM: every string child and attribute value is
 * escaped, so invented (or hostile) deal names always render as text.
 */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Child = Html | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c] ?? c);

const VOID = new Set(['meta', 'link', 'br', 'hr', 'img', 'input']);

function renderChild(c: Child): string {
  if (c === null || c === undefined || c === false) return '';
  if (c instanceof Html) return c.html;
  if (Array.isArray(c)) return c.map(renderChild).join('');
  return escapeHtml(String(c));
}

export function h(tag: string, attrs: Attrs | null, ...children: Child[]): Html {
  const a = Object.entries(attrs ?? {})
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
  if (VOID.has(tag)) return new Html(`<${tag}${a}>`);
  return new Html(`<${tag}${a}>${children.map(renderChild).join('')}</${tag}>`);
}

export const fragment = (...children: Child[]): Html => new Html(children.map(renderChild).join(''));

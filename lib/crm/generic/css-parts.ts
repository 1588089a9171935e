/**
 * Building blocks of taught selectors: which attributes and classes of an element are stable
 * enough to name it next week. Generated class names (CSS-in-JS hashes, build suffixes) and
 * state classes (selected, hover) are never used; data-* and ARIA attributes are preferred.
 */
const STATE = /^(?:odd|even|selected|active|hover|hovered|focus|focused|first|last|striped|highlight(?:ed)?|checked|expanded|collapsed|open|closed|dragging|is-.*|has-.*|pacer-.*)$/i;
const SAFE_IDENT = /^-?[A-Za-z_][\w-]*$/;

/** `css-1q2w3e`, `sc-bdVaJa`, `kXgQzN`, `_3xYz`, `jsx-123`, `MuiBox-root-42`: names a build tool made up. */
export function isHashedClass(c: string): boolean {
  if (!SAFE_IDENT.test(c)) return true;
  if (/\d/.test(c)) return true;
  if (/^(?:css|sc|jsx|emotion|styled|svelte|jss|tw|astro|vue|ng|ember)-/i.test(c) || c.startsWith('_')) return true;
  // styled-components' second class: short, no separators, several capitals inside ("kXgQzN").
  return !/[-_]/.test(c) && c.length <= 10 && (c.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

export const stableClasses = (el: Element): string[] =>
  Array.from(el.classList).filter((c) => !STATE.test(c) && !isHashedClass(c));

/** A quoted CSS attribute value (no `CSS.escape` in pure code: quotes and backslashes escaped). */
export const quote = (v: string): string => `"${v.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

const tag = (el: Element): string => el.localName.replace(/[^\w-]/g, '') || '*';

/** data-* attributes worth naming (not ids that differ per row, not test hooks of a build). */
const dataAttrs = (el: Element): Attr[] =>
  Array.from(el.attributes).filter((a) => a.name.startsWith('data-') && SAFE_IDENT.test(a.name) && a.value.length <= 80 && !/^data-(?:v-|reactid|testid$)/.test(a.name));

/** The element's position among its siblings of the same parent (1-based, for `:nth-child`). */
export function childIndex(el: Element): number {
  let i = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) i++;
  return i;
}

/**
 * Candidate selector parts for one element, best first: a data attribute with its value, the
 * ARIA role (+ label), tag with stable classes, then the position, then the bare tag.
 */
export function partsFor(el: Element, opts: { positionFirst?: boolean } = {}): string[] {
  const t = tag(el);
  const out: string[] = [];
  for (const a of dataAttrs(el)) out.push(`${t}[${a.name}=${quote(a.value)}]`);
  const col = el.getAttribute('aria-colindex');
  if (col && /^\d+$/.test(col)) out.push(`${t}[aria-colindex=${quote(col)}]`);
  const role = el.getAttribute('role');
  const label = el.getAttribute('aria-label');
  if (role && label && label.length <= 60) out.push(`${t}[role=${quote(role)}][aria-label=${quote(label)}]`);
  const classes = stableClasses(el);
  const position = `${t}:nth-child(${childIndex(el)})`;
  if (opts.positionFirst) out.push(position);
  for (const c of classes) out.push(`${t}.${c}`);
  if (classes.length > 1) out.push(`${t}.${classes.join('.')}`);
  if (role) out.push(`${t}[role=${quote(role)}]`);
  if (!opts.positionFirst) out.push(position);
  out.push(t);
  return out;
}

/** Row-level part shared by all rows: tag, role, data attribute names all rows carry, shared stable classes. */
export function sharedPart(rows: readonly Element[]): string {
  const first = rows[0];
  if (!first) return '*';
  let part = tag(first);
  const role = first.getAttribute('role');
  if (role && rows.every((r) => r.getAttribute('role') === role)) part += `[role=${quote(role)}]`;
  for (const a of dataAttrs(first)) {
    if (!rows.every((r) => r.hasAttribute(a.name))) continue;
    part += rows.every((r) => r.getAttribute(a.name) === a.value) ? `[${a.name}=${quote(a.value)}]` : `[${a.name}]`;
  }
  for (const c of stableClasses(first)) if (rows.every((r) => r.classList.contains(c))) part += `.${c}`;
  return part;
}

/** A part naming an ancestor (to scope a row selector): a stable id, else its shared part. */
export function ancestorPart(el: Element): string {
  const id = el.getAttribute('id');
  if (id && SAFE_IDENT.test(id) && !isHashedClass(id)) return `#${id}`;
  const label = el.getAttribute('aria-label');
  const base = sharedPart([el]);
  return label && label.length <= 60 && el.getAttribute('role') ? `${base}[aria-label=${quote(label)}]` : base;
}

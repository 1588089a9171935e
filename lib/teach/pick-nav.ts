import { isRendered } from '../crm/dom';

/**
 * Teach mode without a mouse: which page element the highlight moves to for a key. Candidates
 * are the visible elements that carry text themselves (a cell, a link, a label), in the order
 * the page is rendered (open shadow roots and their slots included). Up widens the highlight to
 * the parent (a whole cell, a card), Down narrows it to the first child. Pure DOM: the picker in
 * the content script calls this with the page's body.
 */
export type NavMove = 'next' | 'prev' | 'parent' | 'child';
export type NavKey = NavMove | 'pick' | 'cancel';

export interface NavScope {
  /** Where candidates are looked for (the page's body); never left. */
  root: Element;
  /** Subtrees never highlighted (Pacer's own UI hosts). */
  skip?: (el: Element) => boolean;
}

/** Steps a search may take before giving up (a huge page must not freeze a key press). */
const MAX_STEPS = 20_000;
const NEVER = new Set(['script', 'style', 'noscript', 'template', 'head', 'meta', 'link', 'title', 'iframe', 'object']);

/** The key's meaning while picking, or null (the key is left to the page). */
export function navKeyOf(e: { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): NavKey | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight': return 'next';
    case 'ArrowLeft': return 'prev';
    case 'ArrowUp': return 'parent';
    case 'ArrowDown': return 'child';
    case 'Tab': return e.shiftKey ? 'prev' : 'next';
    case 'Enter': return 'pick';
    case 'Escape': return 'cancel';
    default: return null;
  }
}

const shadowOf = (el: Element): ShadowRoot | null => (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;

/** Children as rendered: a shadow host shows its shadow tree, a slot its assigned elements. */
function kids(el: Element): Element[] {
  if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedElements === 'function') {
    const assigned = (el as HTMLSlotElement).assignedElements({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return Array.from((shadowOf(el) ?? el).children);
}

/** Parent as rendered: the slot an element is shown in, else its parent, else its shadow root's host. */
function parentOf(el: Element): Element | null {
  const slot = (el as Element & { assignedSlot?: Element | null }).assignedSlot;
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const host = (el.parentNode as ShadowRoot | null)?.host;
  return host ?? null;
}

function sibling(el: Element, step: 1 | -1): Element | null {
  const parent = parentOf(el);
  if (!parent) return null;
  const list = kids(parent);
  const i = list.indexOf(el);
  return i < 0 ? null : (list[i + step] ?? null);
}

/** Is `el` strictly below the root (across shadow boundaries, which `contains` does not cross)? */
function below(el: Element, s: NavScope): boolean {
  for (let cur = parentOf(el); cur; cur = parentOf(cur)) if (cur === s.root) return true;
  return false;
}

const excluded = (el: Element, s: NavScope) => NEVER.has(el.localName) || (s.skip?.(el) ?? false);

/** Does the element carry visible text of its own (not only through its children)? */
function hasOwnText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim() !== '') return true;
  return false;
}

export const isCandidate = (el: Element, s: NavScope): boolean => !excluded(el, s) && hasOwnText(el) && isRendered(el);

/** The next element after `el` in rendered order; `over` skips el's subtree. */
function after(el: Element, s: NavScope, over: boolean): Element | null {
  if (!over) {
    const first = kids(el)[0];
    if (first) return first;
  }
  for (let cur: Element | null = el; cur && cur !== s.root; cur = parentOf(cur)) {
    const next = sibling(cur, 1);
    if (next) return next;
  }
  return null;
}

/** The element before `el` in rendered order: the previous sibling's last descendant, else the parent. */
function before(el: Element, s: NavScope): Element | null {
  let prev = el === s.root ? null : sibling(el, -1);
  if (!prev) {
    const parent = parentOf(el);
    return parent && below(parent, s) ? parent : null;
  }
  for (let last = kids(prev).at(-1); last && !excluded(prev, s); last = kids(prev).at(-1)) prev = last;
  return prev;
}

function lastDescendant(root: Element): Element {
  let cur = root;
  for (let last = kids(cur).at(-1); last; last = kids(cur).at(-1)) cur = last;
  return cur;
}

/** Inside an excluded subtree (walking backwards can land in one): climb to its excluded top. */
function excludedTop(el: Element, s: NavScope): Element | null {
  let top: Element | null = null;
  for (let cur: Element | null = el; cur && cur !== s.root; cur = parentOf(cur)) if (excluded(cur, s)) top = cur;
  return top;
}

function nextCandidate(from: Element | null, s: NavScope): Element | null {
  let cur = from ? after(from, s, false) : kids(s.root)[0] ?? null;
  for (let n = 0; cur && n < MAX_STEPS; n++) {
    if (excluded(cur, s) || !isRendered(cur)) { cur = after(cur, s, true); continue; }
    if (hasOwnText(cur)) return cur;
    cur = after(cur, s, false);
  }
  return null;
}

function prevCandidate(from: Element | null, s: NavScope): Element | null {
  let cur = from ? before(from, s) : lastDescendant(s.root);
  for (let n = 0; cur && n < MAX_STEPS; n++) {
    const top = excludedTop(cur, s);
    if (top) { cur = before(top, s); continue; }
    if (isCandidate(cur, s)) return cur;
    cur = before(cur, s);
  }
  return null;
}

/**
 * Where the highlight goes from `from` (null: nothing highlighted yet; next starts at the top,
 * prev at the bottom). Returns `from` itself when there is nowhere to go (the end of the page,
 * no parent inside the root, no visible child), so a key press never loses the highlight.
 */
export function moveHighlight(from: Element | null, move: NavMove, s: NavScope): Element | null {
  if (move === 'next') return nextCandidate(from, s) ?? from;
  if (move === 'prev') return prevCandidate(from, s) ?? from;
  if (!from) return nextCandidate(null, s);
  if (move === 'parent') {
    const parent = parentOf(from);
    return parent && below(parent, s) ? parent : from;
  }
  return kids(from).find((c) => !excluded(c, s) && isRendered(c)) ?? from;
}

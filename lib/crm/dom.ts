/**
 * DOM helpers for adapters. Pure: they only use the nodes passed in (and the node's own
 * window for computed style), so they run the same in a tab, in happy-dom and in `npm run extract`.
 */

/** Elements that may host an open shadow root (custom elements and a few built-ins). */
function shadowOf(el: Element): ShadowRoot | null {
  const root = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return root ?? null;
}

/**
 * `querySelectorAll` that also searches every open shadow root below `root`, in document order
 * (a host's light DOM matches come before its shadow tree's). Closed roots are unreachable.
 */
export function deepQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const out: E[] = [];
  const visit = (scope: ParentNode) => {
    out.push(...Array.from(scope.querySelectorAll<E>(selector)));
    for (const host of hostsIn(scope)) {
      const shadow = shadowOf(host);
      if (shadow) visit(shadow);
    }
  };
  visit(root);
  return out;
}

/**
 * `deepQueryAll` that stops at the light DOM when it already holds matches: a list rendered in
 * the light DOM (Lightning's synthetic shadow, ag-grid) is not searched for again in every open
 * shadow root of the page, a walk over every element (the larger part of a 10k-row read).
 */
export function lightFirstQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const light = Array.from(root.querySelectorAll<E>(selector));
  return light.length > 0 ? light : deepQueryAll<E>(root, selector);
}

/**
 * Whether text under `el` must be read across shadow boundaries (`deepText`) rather than from
 * the light DOM (`lightText`): some element of it hosts an open shadow root, or it sits in a
 * shadow tree and holds a `<slot>` (filled from outside). One walk of `el` (a row, once per table:
 * rows of one table are rendered by the same component).
 */
export function needsDeepText(el: Element): boolean {
  if (shadowOf(el)) return true;
  const inShadow = (el.getRootNode() as Node).nodeType === 11;
  for (const e of Array.from(el.querySelectorAll('*'))) if (shadowOf(e) || (inShadow && e.localName === 'slot')) return true;
  return false;
}

/** First match of `deepQueryAll`, or null. */
export function deepQuery<E extends Element = Element>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const host of hostsIn(root)) {
    const shadow = shadowOf(host);
    if (shadow) {
      const hit = deepQuery<E>(shadow, selector);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * Elements of `scope` that carry a shadow root (custom elements mostly, so walk every element
 * once). A TreeWalker, not `querySelectorAll('*')`: no array of every element, about half the
 * time on a 10k-row list (npm run bench, read-*).
 */
function hostsIn(scope: ParentNode): Element[] {
  const hosts: Element[] = [];
  const doc = (scope as Node).nodeType === 9 ? (scope as Document) : (scope as Node).ownerDocument;
  if (!doc?.createTreeWalker) {
    for (const el of Array.from(scope.querySelectorAll('*'))) if (shadowOf(el)) hosts.push(el);
    return hosts;
  }
  const walker = doc.createTreeWalker(scope as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (shadowOf(n as Element)) hosts.push(n as Element);
  return hosts;
}

/** True when the document has any open shadow root (lets adapters skip the deep walk on light-DOM pages). */
export function hasShadowRoots(root: ParentNode): boolean {
  return hostsIn(root).length > 0;
}

/** The parent across shadow boundaries (a shadow root's parent is its host). */
function parentAcross(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return null;
}

function hiddenByStyle(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && (style.display === 'none' || style.visibility === 'hidden' || style.contentVisibility === 'hidden')) return true;
  const view = el.ownerDocument?.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    try {
      const cs = view.getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden') return true;
    } catch {
      /* detached or foreign node: inline style is all we know */
    }
  }
  return false;
}

/**
 * Whether the user can see `el`: no ancestor (across shadow boundaries) is `display:none`,
 * `visibility:hidden`, `[hidden]`, `aria-hidden="true"` or `inert`. Layout-free on purpose (works
 * in happy-dom): Lightning's cached record views are hidden this way.
 */
export function isRendered(el: Element, opts: { computed?: boolean; within?: Element; rendered?: Set<Element> } = {}): boolean {
  const computed = opts.computed ?? true;
  // `within`: an ancestor the caller already found rendered (the table of these rows): no need
  // to walk past it again for every row (a 10k-row list: 10k × ~25 ancestors, npm run bench).
  // `rendered`: ancestors found rendered by earlier calls of one read (grid containers shared by
  // thousands of rows); this call adds the ones it checks when the answer is true.
  const known = opts.rendered;
  const path: Element[] = [];
  for (let cur: Element | null = el; cur && cur !== opts.within; cur = parentAcross(cur)) {
    if (known?.has(cur)) break;
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('inert')) return false;
    // Without a style attribute there is no inline display (and `.style` would build an object per row).
    if (computed ? hiddenByStyle(cur) : cur.hasAttribute('style') && (cur as HTMLElement).style?.display === 'none') return false;
    if (known && cur !== el) path.push(cur);
  }
  if (known) for (const p of path) known.add(p);
  return true;
}

/** The page language: `<html lang>` of the root's document, when set. */
export function pageLocale(root: ParentNode): string | undefined {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  const lang = doc?.documentElement?.getAttribute('lang')?.trim();
  return lang || undefined;
}

/** What a reader never takes as a value: controls, icons, assistive and screen-reader-only text. */
const SKIP_TAGS = ['button', 'script', 'style', 'template', 'svg', 'input', 'select', 'textarea', 'noscript'];
const SKIP_CLASSES = ['slds-assistive-text', 'assistiveText', 'sr-only', 'visually-hidden', 'slds-hide'];
export const NON_VALUE = [...SKIP_TAGS, ...SKIP_CLASSES.map((c) => `.${c}`)].join(',');
const SKIP_TAG = new Set(SKIP_TAGS);
const SKIP_CLASS = new RegExp(`(?:^|\\s)(?:${SKIP_CLASSES.join('|')})(?:\\s|$)`, 'i');

/** An element of a cell plan's path: its position among its parent's elements, tag and class when learned. */
interface Step { at: number; tag: string; cls: string }

/**
 * Whether `e` surely does not match NON_VALUE (a "no" may be wrong, never a "yes"). The tag and
 * class learned at this step were not skipped: equal ones need no further test.
 */
function clear(e: Element, s: Step): boolean {
  const tag = e.localName;
  if (tag !== s.tag && SKIP_TAG.has(tag.toLowerCase())) return false;
  const cls = classOf(e);
  return cls === s.cls || !SKIP_CLASS.test(cls);
}

/** The class attribute ('' when absent): `className`, a plain getter, except on SVG elements. */
function classOf(e: Element): string {
  const c: unknown = e.className;
  return typeof c === 'string' ? c : (e.getAttribute('class') ?? '');
}

/**
 * Text of `el` as the user reads it, across open shadow roots (a host's shadow tree with its slots
 * filled), skipping `NON_VALUE` parts and `skip`. textContent semantics: no CSS transforms.
 */
export function deepText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const selector = skip ? `${NON_VALUE},${skip}` : NON_VALUE;
  let out = '';
  // An explicit stack, not recursion: a hostile page can nest thousands of elements, and a stack
  // overflow would lose the whole page's read (test/e2e/hostile.test.ts nests 10,000).
  const stack: Node[] = [el];
  const pushChildren = (parent: Node): void => {
    for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) { out += node.nodeValue ?? ''; continue; }
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    if (e.matches(selector)) continue;
    if (e.localName === 'slot') {
      const assigned = typeof (e as HTMLSlotElement).assignedNodes === 'function' ? (e as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
      if (assigned.length) for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i] as Node);
      else pushChildren(e);
      continue;
    }
    pushChildren(shadowOf(e) ?? e);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * `deepText` for light-DOM content (see `needsDeepText`), with the same result at native speed:
 * `textContent` of every part that holds nothing to skip, a walk only down the few ancestors of
 * the skipped parts (found with one native query).
 */
export function lightText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const selector = skip ? `${NON_VALUE},${skip}` : NON_VALUE;
  if (el.matches(selector)) return '';
  const hits = el.querySelectorAll(selector);
  if (hits.length === 0) return collapse(el.textContent ?? '');
  const skipped = new Set<Node>();
  const onPath = new Set<Node>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Element;
    skipped.add(h);
    for (let p = h.parentNode; p && p !== el && !onPath.has(p); p = p.parentNode) onPath.add(p);
  }
  let out = '';
  // An explicit stack, not recursion (see deepText); only nodes on a path to a skipped part are opened.
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType !== 1 || skipped.has(node)) continue;
    else if (onPath.has(node)) for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    else out += node.textContent ?? '';
  }
  return collapse(out);
}

/**
 * A column's cell shape, learned from one of its cells: the steps from the cell down to the
 * element holding all its value text (only text inside), and the steps down to the
 * one skipped part that has text (Lightning's edit button with its assistive text), if any.
 */
interface CellPlan { value: Step[]; skip: Step[] | null; fork: number }
/** Per table: the plan of each column (by key), or how many cells failed to give one. */
export type CellPlans = Map<string | number, CellPlan | number>;

const stepOf = (e: Element, at: number): Step => ({ at, tag: e.localName, cls: classOf(e) });

function pathTo(from: Element, to: Element): Step[] {
  const path: Step[] = [];
  for (let e = to; e !== from; e = e.parentElement as Element) {
    let k = 0;
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) k++;
    path.unshift(stepOf(e, k));
  }
  return [stepOf(from, -1), ...path];
}

/**
 * The element at steps `i` up to `end` of `path` below `n` (steps with at < 0 stay); null when
 * absent or, with `check`, maybe skipped.
 */
function follow(n: Element | null, path: readonly Step[], check: boolean, i: number, end: number): Element | null {
  for (; i < end && n; i++) {
    const s = path[i] as Step;
    if (s.at >= 0) {
      n = n.firstElementChild;
      for (let k = s.at; k > 0 && n; k--) n = n.nextElementSibling;
    }
    if (n && check && !clear(n, s)) return null;
  }
  return n;
}

/**
 * `lightText(el)` by the plan, or null when `el` does not have the plan's shape. Exact, not a
 * guess: no element from `el` down to the value element is skipped, the value element holds only
 * text, the skip part is skipped, and their text lengths add up to `el`'s, so no other text exists.
 * The steps both paths share (`fork`) are walked once.
 */
function byPlan(el: Element, p: CellPlan): string | null {
  const { value, skip, fork } = p;
  const at = follow(el, value, true, 0, fork);
  const v = follow(at, value, true, fork, value.length);
  if (!v || v.firstElementChild) return null;
  const text = v.textContent ?? '';
  let len = text.length;
  if (skip) {
    const q = follow(at, skip, false, fork, skip.length);
    // NON_VALUE tests only tag and class: the learned skipped part's equal ones match too.
    const s = skip[skip.length - 1] as Step;
    if (!q || !((q.localName === s.tag && classOf(q) === s.cls) || q.matches(NON_VALUE))) return null;
    len += (q.textContent ?? '').length;
  }
  return (el.textContent ?? '').length === len ? collapse(text) : null;
}

/** A plan for `el` from its exact read, when its text sits in one text-only element. */
function learn(el: Element, exact: string): CellPlan | null {
  if (el.matches(NON_VALUE)) return null;
  const hits = el.querySelectorAll(NON_VALUE);
  let skip: Element | null = null;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as Element;
    if (!h.textContent || skip?.contains(h)) continue;
    if (skip) return null; // two skipped parts with text: no plan
    skip = h;
  }
  let value: Element | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.nodeValue || skip?.contains(t)) continue;
    if (value && t.parentElement !== value) return null;
    value = t.parentElement;
  }
  if (!value || value.firstElementChild) return null;
  const v = pathTo(el, value);
  const q = skip ? pathTo(el, skip) : null;
  // Equal positions from the same cell are the same elements: the shared steps.
  let fork = 1;
  while (q && fork < v.length && fork < q.length && v[fork]?.at === q[fork]?.at) fork++;
  const plan = { value: v, skip: q, fork };
  return byPlan(el, plan) === exact ? plan : null;
}

/**
 * `lightText(el)` of a table cell (or its link) at about the cost of one `textContent`: by the
 * plan learned for its column `key` from earlier cells (Lightning cells repeat one shape), or by
 * the exact walk when the cell's shape differs. A column whose cells give no plan stops trying.
 */
export function cellText(el: Element, plans: CellPlans, key: string | number): string {
  const p = plans.get(key);
  if (typeof p === 'object') return byPlan(el, p) ?? lightText(el);
  const exact = lightText(el);
  if ((p ?? 0) < 4) plans.set(key, learn(el, exact) ?? (p ?? 0) + 1);
  return exact;
}

/** Whitespace collapsed and trimmed; most cell texts already are (a test is cheaper than a replace). */
const collapse = (s: string): string => (/^\S+(?: \S+)*$/.test(s) ? s : s.replace(/\s+/g, ' ').trim());

/** Direct children of `el` as rendered: the shadow root's children when `el` is a shadow host. */
export function childrenOf(el: Element): Element[] {
  const shadow = shadowOf(el);
  return Array.from((shadow ?? el).children);
}

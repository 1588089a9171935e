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
 * Inline `display: none`. A style attribute that does not spell "display" (in any case, and with no
 * CSS escape) sets no display: `.style` (an object per row: ag-grid rows all carry a style) is
 * built only for the others.
 */
function inlineNone(el: Element): boolean {
  const s = el.getAttribute('style');
  return s !== null && /display|\\/i.test(s) && (el as HTMLElement).style?.display === 'none';
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
    // Attribute reads, not one `matches` of a selector list: ag-grid rows carry many attributes and
    // a long style, which the list's substring tests scanned for every row (npm run bench, read-*).
    if (cur.hasAttribute('hidden') || cur.getAttribute('aria-hidden') === 'true' || cur.hasAttribute('inert')) return false;
    if (computed ? hiddenByStyle(cur) : inlineNone(cur)) return false;
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
export const SKIP_TAGS = ['button', 'script', 'style', 'template', 'svg', 'input', 'select', 'textarea', 'noscript'];
export const SKIP_CLASSES = ['slds-assistive-text', 'assistiveText', 'sr-only', 'visually-hidden', 'slds-hide'];
export const NON_VALUE = [...SKIP_TAGS, ...SKIP_CLASSES.map((c) => `.${c}`)].join(',');
/** A record link that is not itself a NON_VALUE part (no `a` is a skipped tag, so only its classes). */
export const SHOWN_LINK = `a[href]:not(${SKIP_CLASSES.map((c) => `.${c}`).join(',')})`;

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


/** Whitespace collapsed and trimmed; most cell texts already are (a test is cheaper than a replace). */
export const collapse = (s: string): string => (/^\S+(?: \S+)*$/.test(s) ? s : s.replace(/\s+/g, ' ').trim());

/** Direct children of `el` as rendered: the shadow root's children when `el` is a shadow host. */
export function childrenOf(el: Element): Element[] {
  const shadow = shadowOf(el);
  return Array.from((shadow ?? el).children);
}

import { collapse, lightText, NON_VALUE, SKIP_CLASSES, SKIP_TAGS } from './dom';

/*
 * Per-column cell plans: reading a table cell's text (lightText semantics) at about the cost of one
 * textContent, by a shape learned from the column's earlier cells and proven per cell.
 */
const SKIP_TAG = new Set(SKIP_TAGS);
const SKIP_CLASS = new RegExp(`(?:^|\\s)(?:${SKIP_CLASSES.join('|')})(?:\\s|$)`, 'i');

/** An element of a cell plan's path: its position among its parent's elements, tag and class when learned. */
interface Step { at: number; tag: string; cls: string }

/**
 * Whether `e` surely does not match NON_VALUE (a "no" may be wrong, never a "yes"). The tag and
 * class learned at this step were not skipped: equal ones need no further test.
 */
function clear(e: Element, s: Step): boolean {
  // A text node has no localName (undefined): never clear, as it is no element.
  const tag = e.localName as string | undefined;
  if (tag !== s.tag && (tag === undefined || SKIP_TAG.has(tag.toLowerCase()))) return false;
  const cls = classOf(e);
  return cls === s.cls || !SKIP_CLASS.test(cls);
}

/** The class attribute ('' when absent): `className`, a plain getter, except on SVG elements. */
function classOf(e: Element): string {
  const c: unknown = e.className;
  return typeof c === 'string' ? c : (e.getAttribute('class') ?? '');
}

/**
 * A column's cell shape, learned from one of its cells: the steps from the cell down to the
 * element holding all its value text (only text inside), and the steps down to the
 * one skipped part that has text (Lightning's edit button with its assistive text), if any.
 * `sealed`: the learned cell had no other node anywhere on the way (see sealedText).
 */
interface CellPlan { value: Step[]; skip: Step[] | null; fork: number; sealed: boolean }
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
 * `lightText(el)` by a plan whose cell is sealed: every node from `el` down to the value element is
 * its parent's only child node, except that the skip part (which must be NON_VALUE) may be the
 * other of exactly two children where the paths fork. Then no text but the value element's can
 * exist, with no text length to compare: `el.textContent` walks the whole cell, the skipped edit
 * button's icon included, and was 15-20 % of a Lightning list's read (npm run bench, read-*).
 * Null when `el` is not sealed this way (then byPlan's length proof decides).
 */
function sealedText(el: Element, p: CellPlan, shown: boolean): string | null {
  const { value, skip, fork } = p;
  if (!shown && !clear(el, value[0] as Step)) return null;
  let n: Element = el;
  for (let i = 1; i < value.length; i++) {
    const s = value[i] as Step;
    let c = n.firstChild;
    if (i === fork && skip) {
      const last = n.lastChild;
      if (!c || !last || c.nextSibling !== last) return null;
      const k = skip[fork] as Step;
      const valueFirst = s.at < k.at;
      const q = valueFirst ? last : c;
      if ((q as Element).localName !== k.tag || classOf(q as Element) !== k.cls) return null;
      if (!valueFirst) c = last;
    } else if (c === null || c !== n.lastChild) return null;
    if (!clear(c as Element, s)) return null;
    n = c as Element;
  }
  return n.firstElementChild ? null : collapse(n.textContent ?? '');
}

/**
 * `lightText(el)` by the plan, or null when `el` does not have the plan's shape. Exact, not a
 * guess: no element from `el` down to the value element is skipped, the value element holds only
 * text, the skip part is skipped, and their text lengths add up to `el`'s, so no other text exists.
 * The steps both paths share (`fork`) are walked once.
 */
function byPlan(el: Element, p: CellPlan, shown = false): string | null {
  if (p.sealed) {
    const t = sealedText(el, p, shown);
    if (t !== null) return t;
  }
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
  const plan = { value: v, skip: q, fork, sealed: false };
  // Sealed only when the skip part (if any) is a child of the fork, as Lightning's edit button is.
  plan.sealed = (!q || q.length === fork + 1) && sealedText(el, plan, false) === exact;
  return byPlan(el, plan) === exact ? plan : null;
}

/**
 * `lightText(el)` of a table cell (or its link) at about the cost of one `textContent`: by the
 * plan learned for its column `key` from earlier cells (Lightning cells repeat one shape), or by
 * the exact walk when the cell's shape differs. A column whose cells give no plan stops trying.
 * `shown`: the caller found `el` with a selector that excludes NON_VALUE (SHOWN_LINK), so its own
 * tag and class need no test: a link's class names its record (Lightning's outputLookupLink-<id>),
 * a new string per row, whose read and skip-class test were ~0.3 µs per link cell.
 */
export function cellText(el: Element, plans: CellPlans, key: string | number, shown = false): string {
  const p = plans.get(key);
  if (typeof p === 'object') return byPlan(el, p, shown) ?? lightText(el);
  const exact = lightText(el);
  if ((p ?? 0) < 4) plans.set(key, learn(el, exact) ?? (p ?? 0) + 1);
  return exact;
}

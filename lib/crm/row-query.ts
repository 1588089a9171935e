/**
 * Finding a list's rows without walking the rows. A 10k-row Lightning list holds ~99 % of the
 * page's ~1.2M elements inside its rows, so one `document.querySelectorAll(rowSelector)` walks
 * all of them (most of the zero-row probe that opens every read: 65-95 ms on that page, a long
 * task in the CRM's main thread, issue #10 measure 8).
 */

function matchesOf(scope: Element, selector: string, out: Element[]): void {
  if (scope.matches(selector)) {
    out.push(scope);
    return; // rows are not nested in rows (see queryRows)
  }
  for (const el of Array.from(scope.querySelectorAll(selector))) out.push(el);
}

/**
 * `root.querySelectorAll(selector)` in document order for a row selector, except that the inside
 * of a match is never searched (a row inside a row: a table in a cell is not a row of this list).
 * The first match's parent (a tbody, a grid's row container) gives its rows from its child list;
 * the rest of the page after it is searched as usual, so rows of other lists still come, in order.
 */
export function queryRows(root: ParentNode, selector: string): Element[] {
  const first = root.querySelector(selector);
  if (!first) return [];
  const parent = first.parentElement;
  if (!parent) return Array.from(root.querySelectorAll(selector));
  // Nothing before `first` in document order matches; after it come its later siblings, then
  // the later siblings of each ancestor up to `root`, each searched as usual.
  const out: Element[] = [];
  for (let c: Element | null = first; c; c = c.nextElementSibling) matchesOf(c, selector, out);
  for (let a: Element = parent; a !== root; ) {
    for (let s = a.nextElementSibling; s; s = s.nextElementSibling) matchesOf(s, selector, out);
    const up = a.parentNode;
    if (!up || up === root || up.nodeType !== 1) break; // a document or shadow root: the top
    a = up as Element;
  }
  return out;
}

/**
 * `scope.querySelectorAll(selector)` in document order without searching inside `skip` (a list's
 * row container, found by queryRows): the header cells of a 10k-row table without its rows.
 */
export function queryOutside(scope: Element, selector: string, skip: Element): Element[] {
  if (skip === scope || !scope.contains(skip)) return Array.from(scope.querySelectorAll(selector));
  const out: Element[] = [];
  const visit = (node: Element) => {
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if (c === skip) continue;
      if (c.contains(skip)) {
        if (c.matches(selector)) out.push(c);
        visit(c);
      } else {
        if (c.matches(selector)) out.push(c);
        for (const el of Array.from(c.querySelectorAll(selector))) out.push(el);
      }
    }
  };
  visit(scope);
  return out;
}

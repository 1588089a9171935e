/**
 * Finding a list's rows without walking the rows. A 10k-row Lightning list holds ~99 % of the
 * page's ~1.2M elements inside its rows, so one `document.querySelectorAll(rowSelector)` walks
 * all of them (most of the zero-row probe that opens every read: 65-95 ms on that page, a long
 * task in the CRM's main thread, issue #10 measure 8).
 */

import { deepQueryAll } from './dom';

/**
 * The rows (or grids) matching `selector`, in document order: from the light DOM when it holds
 * any (Lightning's synthetic shadow, ag-grid), so a list there is not searched for again in every
 * open shadow root of the page, a walk over every element; else with `deepQueryAll`.
 *
 * In the light DOM, `querySelectorAll` except that the inside of a match is never searched (a row
 * inside a row: a table in a cell is not a row of this list). Nothing before the first match can
 * match; after it come its later siblings (a tbody's or a grid's rows: no walk of their insides),
 * then each ancestor's later siblings up to `root`, each searched the same way, so rows of other
 * lists still come, in order, and no list's rows are walked into.
 */
export function lightFirstQueryAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const out = queryRows<E>(root, selector);
  return out.length ? out : deepQueryAll<E>(root, selector);
}

/** The light-DOM part of lightFirstQueryAll: a sibling that is no match is searched the same way. */
export function queryRows<E extends Element = Element>(root: ParentNode, selector: string, out: E[] = []): E[] {
  let s: Element | null | undefined;
  for (let a = (s = root.querySelector(selector)); a && a !== root; a = a.parentElement, s = a?.nextElementSibling) {
    for (; s; s = s.nextElementSibling) {
      if (s.matches(selector)) out.push(s as E);
      else queryRows(s, selector, out);
    }
  }
  return out;
}

import type { GridKind } from './grow';

/**
 * Runs IN THE PAGE: the baseline of the read measures, a bare `querySelectorAll` +
 * `textContent` walk of the same rows (entering open shadow roots where the rows live in
 * them, since textContent alone stops at a shadow host). No parsing, no field mapping.
 */
function hostsIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll('*')).filter((e) => e.shadowRoot);
}

function deepAll(scope: ParentNode, sel: string, out: Element[] = []): Element[] {
  out.push(...Array.from(scope.querySelectorAll(sel)));
  for (const h of hostsIn(scope)) deepAll(h.shadowRoot!, sel, out);
  return out;
}

/**
 * A node's text across open shadow roots (a host's shadow tree in place of its children), with
 * `textContent` for every subtree that holds no shadow host. The hosts of each tree are found in
 * one pass over it, so every element is visited about once: a bare walk, not a quadratic one (it
 * used to look for hosts below every node it entered, ~3x the time of Pacer's own deep read).
 */
function deepText(node: Node): string {
  const el = node as Element;
  if (el.shadowRoot) return treeText(el.shadowRoot);
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  return treeText(node);
}

/** Text of the children of `scope` (an element or a shadow root), per the rule above. */
function treeText(scope: Node): string {
  const holds = new Set<Node>();
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n as Element).shadowRoot) continue;
    for (let p: Node | null = n; p && p !== scope && !holds.has(p); p = p.parentNode) holds.add(p);
  }
  const visit = (n: Node): string => {
    if (n.nodeType === 3) return n.nodeValue ?? '';
    if (n.nodeType !== 1) return '';
    const e = n as Element;
    if (e.shadowRoot) return treeText(e.shadowRoot);
    if (!holds.has(e)) return e.textContent ?? '';
    let s = '';
    for (let c = e.firstChild; c; c = c.nextSibling) s += visit(c);
    return s;
  };
  let out = '';
  for (let c = scope.firstChild; c; c = c.nextSibling) out += visit(c);
  return out;
}

/** Row texts, one array of cell texts per row. */
export function bareRead(kind: GridKind): string[][] {
  if (kind === 'dynamics-grid') {
    return Array.from(document.querySelectorAll('[role="row"][row-index]'), (r) => Array.from(r.querySelectorAll('[role="gridcell"]'), (c) => c.textContent ?? ''));
  }
  if (kind === 'sf-table') {
    return Array.from(document.querySelectorAll('tr[data-row-key-value]'), (r) => Array.from(r.children, (c) => c.textContent ?? ''));
  }
  return deepAll(document, 'tr[data-row-key-value]').map((r) => Array.from(r.children, deepText));
}

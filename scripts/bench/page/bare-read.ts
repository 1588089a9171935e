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

function deepText(node: Node): string {
  const el = node as Element;
  if (el.shadowRoot) return Array.from(el.shadowRoot.childNodes, deepText).join('');
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  return hostsIn(node as ParentNode).length === 0 ? (node.textContent ?? '') : Array.from(node.childNodes, deepText).join('');
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

/**
 * Runs IN THE PAGE (bundled by ../page-bundle.ts): grows a saved CRM fixture to `n` rows by
 * cloning its own rows with fresh record ids, so the markup stays the CRM's own (Lightning
 * datatable cells, ag-grid's pinned + center row pairs, LWC shadow roots) at any size.
 */
export type GridKind = 'sf-table' | 'sf-shadow' | 'dynamics-grid';

const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An 18-character Salesforce opportunity id (15 + the case-safe checksum). */
export function sfId(i: number, salt = 0): string {
  let n = i + salt * 1_000_000;
  let body = '';
  for (let k = 0; k < 10; k++) { body = B62[n % 62]! + body; n = Math.floor(n / 62); }
  const id = `006Hs${body}`;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let j = 0; j < 5; j++) { const c = id.charAt(chunk * 5 + j); if (c >= 'A' && c <= 'Z') bits |= 1 << j; }
    suffix += SF_SUFFIX.charAt(bits);
  }
  return id + suffix;
}

export function guid(i: number, salt = 0): string {
  const h = (x: number, len: number) => x.toString(16).padStart(len, '0').slice(-len);
  return `${h(salt, 8)}-0000-4000-8000-${h(i, 12)}`;
}

/** What the shadow fixture's own inline script does: each <template data-shadowroot> becomes its parent's open shadow root. */
export function hydrate(root: ParentNode): void {
  for (const tpl of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[data-shadowroot]'))) {
    const host = tpl.parentElement;
    if (!host || host.shadowRoot) continue;
    // clonable: a cloned row brings its shadow roots along (grown rows are clones).
    const sr = host.attachShadow({ mode: 'open', clonable: true } as ShadowRootInit);
    sr.appendChild(tpl.content.cloneNode(true));
    tpl.remove();
    hydrate(sr);
  }
}

/** Elements matching `sel` in `root` and in every open shadow root below it. */
function deepAll(root: ParentNode, sel: string, out: Element[] = []): Element[] {
  out.push(...Array.from(root.querySelectorAll(sel)));
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) deepAll(el.shadowRoot, sel, out);
  return out;
}

function growSalesforce(n: number, salt: number, shadow: boolean): number {
  // Shadow page: build the roots first (clonable), then clone hydrated rows: the browser copies
  // their shadow trees natively instead of the page script building ~20 roots per row.
  if (shadow) hydrate(document);
  const rows = shadow ? deepAll(document, 'tr[data-row-key-value]') : Array.from(document.querySelectorAll('tr[data-row-key-value]'));
  const first = rows[0];
  if (!first?.parentNode) throw new Error('no Lightning rows in the fixture');
  const body = first.parentNode;
  for (const r of rows) r.remove();
  const frag = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const t = rows[i % rows.length]!;
    const old = t.getAttribute('data-row-key-value')!;
    const id = sfId(i, salt);
    const row = t.cloneNode(true) as Element;
    row.setAttribute('data-row-key-value', id);
    row.setAttribute('data-row-number', String(i + 1));
    row.setAttribute('aria-rowindex', String(i + 2));
    for (const a of shadow ? deepAll(row, `a[data-recordid="${old}"]`) : Array.from(row.querySelectorAll(`a[data-recordid="${old}"]`))) {
      a.setAttribute('data-recordid', id);
      a.setAttribute('href', `/lightning/r/${id}/view`);
    }
    frag.appendChild(row);
  }
  body.appendChild(frag);
  return n;
}

function growDynamics(n: number, salt: number): number {
  const pinned = document.querySelector('.ag-pinned-left-cols-container');
  const center = document.querySelector('.ag-center-cols-container');
  if (!pinned || !center) throw new Error('no ag-grid containers in the fixture');
  const pinnedRows = Array.from(pinned.querySelectorAll('[role="row"][row-index]'));
  const byIndex = new Map(Array.from(center.querySelectorAll('[role="row"][row-index]')).map((r) => [r.getAttribute('row-index'), r]));
  const pairs = pinnedRows.map((p) => [p, byIndex.get(p.getAttribute('row-index'))] as const).filter((x): x is readonly [Element, Element] => !!x[1]);
  for (const [p, c] of pairs) { p.remove(); c.remove(); }
  const fp = document.createDocumentFragment();
  const fc = document.createDocumentFragment();
  for (let i = 0; i < n; i++) {
    const [tp, tc] = pairs[i % pairs.length]!;
    const old = tc.getAttribute('row-id')!;
    const id = guid(i, salt);
    for (const [t, frag] of [[tp, fp], [tc, fc]] as const) {
      const row = t.cloneNode(true) as HTMLElement;
      row.setAttribute('row-index', String(i));
      row.setAttribute('aria-rowindex', String(i + 2));
      row.setAttribute('row-id', id);
      row.style.transform = `translateY(${i * 42}px)`;
      for (const a of Array.from(row.querySelectorAll(`a[href*="${old}"]`))) a.setAttribute('href', a.getAttribute('href')!.replace(old, id));
      frag.appendChild(row);
    }
  }
  // ag-grid renders DOM order unrelated to row-index: keep the fixture's shuffle by reversing the pinned side.
  pinned.append(...Array.from(fp.childNodes).reverse());
  center.appendChild(fc);
  return n;
}

/** Grows the loaded fixture to `n` rows; `salt` makes the ids of one page load unique. */
export function grow(kind: GridKind, n: number, salt = 0): number {
  return kind === 'dynamics-grid' ? growDynamics(n, salt) : growSalesforce(n, salt, kind === 'sf-shadow');
}

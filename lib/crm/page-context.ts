/** Small reading helpers shared by the HubSpot and Pipedrive adapters (pure DOM in, text out). */

/**
 * The order of all-numeric dates in one column, decided by the values themselves when any of
 * them is unambiguous (`27.11.2026` → DMY, `11/27/2026` → MDY); undefined leaves it to the locale.
 */
export function inferDateOrder(texts: Iterable<string>): 'MDY' | 'DMY' | undefined {
  for (const t of texts) {
    const m = /^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*\d{2,4}/.exec(t);
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) return 'DMY';
    if (b > 12 && a <= 12) return 'MDY';
  }
  return undefined;
}

/** Text that stands for "nothing here" in a cell. */
export function isPlaceholder(text: string): boolean {
  return /^(?:[-–—‐−_.]*|n\/?a|none|\(no value\)|\(leer\)|\(空白\)|無|无|なし)$/i.test(text.trim());
}

const SKIP_TAGS = new Set(['button', 'script', 'style', 'template', 'svg', 'input', 'select', 'textarea', 'noscript']);
const SKIP_CLASSES = ['sr-only', 'visually-hidden', 'hs-visually-hidden', 'slds-assistive-text'];

/** Cheap test (no selector matching: this runs for every element of every row) for non-value parts. */
function skipped(el: Element, extra: string | undefined): boolean {
  if (SKIP_TAGS.has(el.localName) || el.getAttribute('aria-hidden') === 'true') return true;
  const cls = el.getAttribute('class');
  if (cls && SKIP_CLASSES.some((c) => cls.includes(c))) return true;
  return extra !== undefined && el.matches(extra);
}

/**
 * Text of `el` without the parts a user does not read as the value: buttons, assistive text,
 * icons and form controls. Walks the tree once; `skip` adds adapter-specific exclusions.
 */
export function valueText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  let out = '';
  // An explicit stack, not recursion: thousands of nested elements must not overflow the stack.
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const c = stack.pop() as Node;
    if (c.nodeType === 3) out += c.nodeValue ?? '';
    else if (c.nodeType === 1 && !skipped(c as Element, skip)) for (let k = c.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  return out.replace(/\s+/g, ' ').trim();
}

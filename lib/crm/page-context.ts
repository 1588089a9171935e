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

/**
 * Text of `el` without the parts a user does not read as the value: buttons, assistive text,
 * icons and form controls. Walks the tree once; `skip` adds adapter-specific exclusions.
 */
export function valueText(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const SKIP = 'button,script,style,template,svg,input,select,textarea,[aria-hidden="true"],.sr-only,.visually-hidden,.hs-visually-hidden,.slds-assistive-text';
  const selector = skip ? `${SKIP},${skip}` : SKIP;
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !(c as Element).matches(selector)) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Element picking for teach mode. Capture-phase listeners on the window see every pointer
 * event before the CRM's own handlers; they swallow clicks (preventDefault + stop) so links do
 * not navigate and buttons do not fire while the user is pointing at values. Events inside
 * Pacer's own UI (`isOwn`) pass through untouched. Esc cancels.
 */
export interface PickerHandlers {
  isOwn: (path: readonly EventTarget[]) => boolean;
  onHover: (el: Element | null) => void;
  onPick: (el: Element) => void;
  onCancel: () => void;
}

const SWALLOW = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu', 'submit'] as const;

/** The page element under an event, inside open shadow roots too. */
function target(e: Event): Element | null {
  const first = e.composedPath()[0];
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

export function startPicker(h: PickerHandlers): () => void {
  const own = (e: Event) => h.isOwn(e.composedPath());
  const swallow = (e: Event) => {
    if (own(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onMove = (e: Event) => {
    if (own(e)) { h.onHover(null); return; }
    h.onHover(target(e));
  };
  const onClick = (e: Event) => {
    if (own(e)) return;
    swallow(e);
    const el = target(e);
    if (el) h.onPick(el);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopImmediatePropagation();
    h.onCancel();
  };
  const opts = { capture: true } as const;
  window.addEventListener('mouseover', onMove, opts);
  window.addEventListener('click', onClick, opts);
  for (const type of SWALLOW) window.addEventListener(type, swallow, opts);
  window.addEventListener('keydown', onKey, opts);
  return () => {
    window.removeEventListener('mouseover', onMove, opts);
    window.removeEventListener('click', onClick, opts);
    for (const type of SWALLOW) window.removeEventListener(type, swallow, opts);
    window.removeEventListener('keydown', onKey, opts);
    h.onHover(null);
  };
}

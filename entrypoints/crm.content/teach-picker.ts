import { moveHighlight, navKeyOf } from '../../lib/teach/pick-nav';

/**
 * Element picking for teach mode. Capture-phase listeners on the window see every pointer
 * event before the CRM's own handlers; they swallow clicks (preventDefault + stop) so links do
 * not navigate and buttons do not fire while the user is pointing at values. Events inside
 * Pacer's own UI (`isOwn`) pass through untouched. Esc cancels.
 *
 * Keyboard (lib/teach/pick-nav.ts): ← → and Tab / Shift+Tab move the highlight through the
 * page's text, ↑ widens it to the parent, ↓ narrows it to the first child, Enter picks it. Tab
 * inside Pacer's panel still moves the focus between its buttons (and Enter then presses them):
 * Enter picks only while the highlight was last moved by keys.
 */
export interface PickerHandlers {
  isOwn: (path: readonly EventTarget[]) => boolean;
  onHover: (el: Element | null) => void;
  onPick: (el: Element) => void;
  onCancel: () => void;
  /** The highlight moved by keyboard (the panel announces its text). */
  onKeyboardHighlight?: (el: Element) => void;
}

const EDITABLE = 'input,textarea,select,[contenteditable=""],[contenteditable="true"]';

const SWALLOW = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu', 'submit'] as const;

/** The page element under an event, inside open shadow roots too. */
function target(e: Event): Element | null {
  const first = e.composedPath()[0];
  return first && (first as Node).nodeType === 1 ? (first as Element) : null;
}

export function startPicker(h: PickerHandlers): () => void {
  const own = (e: Event) => h.isOwn(e.composedPath());
  /** The highlighted element and whether keys (not the mouse) put it there. */
  let current: Element | null = null;
  let byKeys = false;
  const scope = { root: document.body, skip: (el: Element) => h.isOwn([el]) };
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const swallow = (e: Event) => {
    if (own(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const onMove = (e: Event) => {
    // Scrolling the highlight into view makes the browser send mouse events without a move.
    const still = (e as MouseEvent).movementX === 0 && (e as MouseEvent).movementY === 0;
    if (byKeys && still) return;
    if (own(e)) { if (!byKeys) h.onHover(null); return; }
    byKeys = false;
    current = target(e);
    h.onHover(current);
  };
  const onClick = (e: Event) => {
    if (own(e)) return;
    swallow(e);
    const el = target(e);
    if (el) h.onPick(el);
  };
  const onKey = (e: KeyboardEvent) => {
    const key = navKeyOf(e);
    if (key === null) return;
    const inOwn = own(e);
    const first = e.composedPath()[0];
    if (key !== 'cancel' && first instanceof Element && first.matches(EDITABLE)) return;
    if (key === 'cancel') { stop(e); h.onCancel(); return; }
    if (key === 'pick') {
      if (!byKeys || !current) return;
      stop(e);
      h.onPick(current);
      return;
    }
    // Tab in Pacer's panel moves the focus there, as usual.
    if (e.key === 'Tab' && inOwn) { byKeys = false; return; }
    stop(e);
    const next = moveHighlight(current, key, scope);
    if (!next) return;
    current = next;
    byKeys = true;
    next.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    h.onHover(next);
    h.onKeyboardHighlight?.(next);
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

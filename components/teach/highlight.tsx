export interface Box { top: number; left: number; width: number; height: number }

/**
 * The outline drawn over the page element under the pointer (viewport coordinates). It takes
 * no pointer events, so the click still lands on the page element being picked.
 */
export function Highlight({ box, label }: { box: Box | null; label?: string }) {
  if (!box) return null;
  return (
    <div
      class="pacer-teach__highlight"
      aria-hidden="true"
      style={{ top: `${box.top - 2}px`, left: `${box.left - 2}px`, width: `${box.width + 4}px`, height: `${box.height + 4}px` }}
    >
      {label && <span class="pacer-teach__highlight-label">{label}</span>}
    </div>
  );
}

import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import './theme.css';
import './tooltip.css';

export interface TooltipProps {
  /** The tip's text (rendered as text). */
  content: ComponentChildren;
  /** Renders the trigger; give it `aria-describedby={describedBy}` and make it focusable. */
  children: (describedBy: string) => ComponentChildren;
  class?: string;
}

/**
 * A tip that opens on hover AND on keyboard focus, stays open while hovered (WCAG 1.4.13), and
 * closes on Esc. The tip stays in the DOM while closed so `aria-describedby` always resolves.
 */
export function Tooltip({ content, children, class: extra }: TooltipProps) {
  const id = `pacer-tip-${useId()}`;
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  const open = hover || focus;
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLSpanElement>) => {
    if (e.key === 'Escape' && open) {
      // Close the tip only; the sidebar's own Esc handler must not also collapse the panel.
      e.stopPropagation();
      setHover(false);
      setFocus(false);
    }
  };
  return (
    <span
      class={`pacer-tip-anchor${extra ? ` ${extra}` : ''}`}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
      onFocusIn={() => setFocus(true)}
      onFocusOut={() => setFocus(false)}
      onKeyDown={onKeyDown}
    >
      {children(id)}
      <span id={id} role="tooltip" class="pacer-tip" hidden={!open} data-open={open ? 'true' : 'false'}>
        {content}
      </span>
    </span>
  );
}

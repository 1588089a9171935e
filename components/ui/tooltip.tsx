import { Component, type ComponentChildren, type TargetedKeyboardEvent } from 'preact';
import { elementId } from './element-id';
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
export class Tooltip extends Component<TooltipProps, { hover: boolean; focus: boolean }> {
  // A class, not hooks: see element-id.ts (the sidebar renders this inside CRM pages).
  #id = elementId('pacer-tip-');
  override state = { hover: false, focus: false };

  #onKeyDown = (e: TargetedKeyboardEvent<HTMLSpanElement>) => {
    if (e.key === 'Escape' && (this.state.hover || this.state.focus)) {
      // Close the tip only; the sidebar's own Esc handler must not also collapse the panel.
      e.stopPropagation();
      this.setState({ hover: false, focus: false });
    }
  };

  override render() {
    const { content, children, class: extra } = this.props;
    const open = this.state.hover || this.state.focus;
    return (
      <span
        class={`pacer-tip-anchor${extra ? ` ${extra}` : ''}`}
        onMouseEnter={() => this.setState({ hover: true })}
        onMouseLeave={() => this.setState({ hover: false })}
        onFocusIn={() => this.setState({ focus: true })}
        onFocusOut={() => this.setState({ focus: false })}
        onKeyDown={this.#onKeyDown}
      >
        {children(this.#id)}
        <span id={this.#id} role="tooltip" class="pacer-tip" hidden={!open} data-open={open ? 'true' : 'false'}>
          {content}
        </span>
      </span>
    );
  }
}

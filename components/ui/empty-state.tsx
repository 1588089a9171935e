import type { ComponentChildren } from 'preact';
import './theme.css';
import './empty-state.css';

/** What a panel shows when it has nothing yet, with what to do about it. */
export function EmptyState({ title, children, action }: { title: string; children?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="pacer-empty">
      <p class="pacer-empty__title">{title}</p>
      {children && <div class="pacer-empty__body">{children}</div>}
      {action && <div class="pacer-empty__action">{action}</div>}
    </div>
  );
}

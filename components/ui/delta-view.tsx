import type { DeltaDisplay } from '../../lib/domain/views';
import './theme.css';
import './delta.css';

const ARROW: Record<DeltaDisplay['dir'], string> = { up: '▲', down: '▼', flat: '■', none: '' };

/**
 * Change vs the previous period, already formatted (by Delta, or by the background for the
 * sidebar): an arrow and a figure, with a full sentence for screen readers.
 */
export function DeltaView({ dir, tone, shown, spoken }: DeltaDisplay) {
  if (dir === 'none') return <span class="pacer-delta pacer-delta--none">{shown}</span>;
  return (
    <span class={`pacer-delta pacer-delta--${tone}`} data-direction={dir}>
      <span aria-hidden="true">
        {ARROW[dir]} {shown}
      </span>
      <span class="pacer-visually-hidden">{spoken}</span>
    </span>
  );
}

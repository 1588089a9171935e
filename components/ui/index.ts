// Shared UI primitives for the sidebar, popup and options pages (props in, no browser APIs).
export { Button, IconButton } from './button';
export { Meter, toPercent, type MeterProps, type MeterTone } from './meter';
export { StatusBadge, STATUS_TONE } from './status-badge';
export { Delta, type DeltaProps } from './delta';
export { Tooltip, type TooltipProps } from './tooltip';
export { SegmentedControl, type SegmentOption, type SegmentedControlProps } from './segmented-control';
export { EmptyState } from './empty-state';

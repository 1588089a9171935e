import './theme.css';
import './meter.css';

export type MeterTone = 'good' | 'info' | 'warn' | 'bad' | 'neutral';

export interface MeterProps {
  /** Share of the target reached (1 = 100 %); null when unknown. The bar fills up to 100 %. */
  value: number | null;
  /** Where pace says the value should be today, on the same scale; null = no marker. */
  pace?: number | null;
  /** Accessible name, e.g. the goal's metric label. */
  label: string;
  /** Spoken value, e.g. "62 % of target; pace 55 %". */
  valueText: string;
  tone?: MeterTone;
}

/** 0–100, for CSS positions. */
export const toPercent = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 10;

/** A progress bar with an optional pace marker (a vertical tick where pace says the bar should reach today). */
export function Meter({ value, pace = null, label, valueText, tone = 'info' }: MeterProps) {
  const fill = value === null || !Number.isFinite(value) ? 0 : toPercent(value);
  const marker = pace === null || !Number.isFinite(pace) ? null : toPercent(pace);
  return (
    <div
      class={`pacer-meter pacer-meter--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value === null ? undefined : Math.round((value ?? 0) * 100)}
      aria-valuetext={valueText}
    >
      <div class="pacer-meter__fill" style={{ width: `${fill}%` }} data-testid="pacer-meter-fill" />
      {marker !== null && <div class="pacer-meter__pace" style={{ left: `${marker}%` }} data-testid="pacer-pace-marker" />}
    </div>
  );
}

export interface SparklineProps {
  values: readonly (number | null)[];
  /** Accessible name, e.g. "Revenue won, last 8 snapshots: $10k to $42k". */
  label: string;
  width?: number;
  height?: number;
}

/** Points of a polyline through the known values, scaled to the box (pure, exported for tests). */
export function sparkPoints(values: readonly (number | null)[], width: number, height: number, pad = 2): string {
  const known = values.map((v, i) => [i, v] as const).filter((p): p is readonly [number, number] => p[1] !== null && Number.isFinite(p[1]));
  if (known.length === 0) return '';
  const vs = known.map((p) => p[1]);
  const min = Math.min(...vs);
  const max = Math.max(...vs);
  const span = max - min || 1;
  const stepX = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return known
    .map(([i, v]) => {
      const x = pad + i * stepX;
      const y = max === min ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * A small trend line (no axes, no chart library). It is an image with a spoken label; the
 * numbers it summarizes are in the table beside it, so nothing is conveyed by the line alone.
 */
export function Sparkline({ values, label, width = 64, height = 18 }: SparklineProps) {
  const points = sparkPoints(values, width, height);
  const last = points.split(' ').pop();
  return (
    <svg class="pacer-sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
      {points && <polyline points={points} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />}
      {last && <circle cx={last.split(',')[0]} cy={last.split(',')[1]} r="2" fill="currentColor" />}
    </svg>
  );
}

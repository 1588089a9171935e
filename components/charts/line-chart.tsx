/**
 * A small line chart as plain SVG, chosen over a chart library: Pacer needs two line charts on one
 * options page, and a library (Chart.js ≈ 70 KB gzip, canvas; Recharts needs React compat) would be
 * larger than the whole page, draw on a canvas screen readers cannot read, or fight Preact. This is
 * ~120 lines: an SVG with <title>/<desc>, labelled axes, and the same numbers as a data table.
 */
export interface LinePoint { x: number; y: number | null }
export interface LineSeries { name: string; points: readonly LinePoint[]; dashed?: boolean }

export interface LineChartProps {
  id: string;
  title: string;
  desc: string;
  series: readonly LineSeries[];
  xLabel: string;
  yLabel: string;
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  tableLabel: string;
  width?: number;
  height?: number;
}

const PAD = { left: 72, right: 44, top: 12, bottom: 44 };

/** Scales of a chart: data bounds → pixel box (pure, exported for tests). */
export function chartScales(series: readonly LineSeries[], width: number, height: number) {
  const pts = series.flatMap((s) => s.points).filter((p): p is { x: number; y: number } => p.y !== null && Number.isFinite(p.y));
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const y0 = Math.min(0, ...ys), y1 = Math.max(...ys, 0);
  const sx = (x: number) => PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (width - PAD.left - PAD.right);
  const sy = (y: number) => height - PAD.bottom - (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)) * (height - PAD.top - PAD.bottom);
  return { empty: pts.length === 0, x0, x1, y0, y1, sx, sy };
}

export function LineChart({ id, title, desc, series, xLabel, yLabel, formatX, formatY, tableLabel, width = 560, height = 240 }: LineChartProps) {
  const s = chartScales(series, width, height);
  const xs = [...new Set(series.flatMap((se) => se.points.map((p) => p.x)))].sort((a, b) => a - b);
  const yTicks = s.empty ? [] : [s.y0, (s.y0 + s.y1) / 2, s.y1];
  const xTicks = xs.length <= 3 ? xs : [xs[0]!, xs[Math.floor(xs.length / 2)]!, xs[xs.length - 1]!];
  return (
    <figure class="pacer-chart" data-testid={id}>
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width}px` }} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g class="pacer-chart-axis" aria-hidden="true">
          <line x1={PAD.left} y1={height - PAD.bottom} x2={width - PAD.right} y2={height - PAD.bottom} />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={height - PAD.bottom} />
          {yTicks.map((y) => (
            <g key={`y${y}`}>
              <line class="pacer-chart-grid" x1={PAD.left} x2={width - PAD.right} y1={s.sy(y)} y2={s.sy(y)} />
              <text x={PAD.left - 6} y={s.sy(y) + 4} text-anchor="end">{formatY(y)}</text>
            </g>
          ))}
          {xTicks.map((x) => <text key={`x${x}`} x={s.sx(x)} y={height - PAD.bottom + 16} text-anchor="middle">{formatX(x)}</text>)}
          <text x={(PAD.left + width - PAD.right) / 2} y={height - 6} text-anchor="middle" class="pacer-chart-label">{xLabel}</text>
          <text x={12} y={(PAD.top + height - PAD.bottom) / 2} text-anchor="middle" class="pacer-chart-label" transform={`rotate(-90 12 ${(PAD.top + height - PAD.bottom) / 2})`}>{yLabel}</text>
        </g>
        {!s.empty && series.map((se, i) => {
          const pts = se.points.filter((p) => p.y !== null).map((p) => `${s.sx(p.x).toFixed(1)},${s.sy(p.y!).toFixed(1)}`);
          return (
            <g key={se.name} class={`pacer-chart-series pacer-chart-s${i}`} aria-hidden="true">
              <polyline points={pts.join(' ')} fill="none" stroke-width="2" stroke-dasharray={se.dashed ? '6 4' : undefined} />
              {!se.dashed && pts.map((p) => <circle key={p} cx={p.split(',')[0]} cy={p.split(',')[1]} r="3" />)}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="pacer-chart-legend">
          {series.map((se, i) => <li key={se.name}><span class={`pacer-chart-swatch pacer-chart-s${i}${se.dashed ? ' pacer-chart-dashed' : ''}`} aria-hidden="true" />{se.name}</li>)}
        </ul>
      </figcaption>
      <details class="pacer-chart-table">
        <summary>{tableLabel}</summary>
        <table>
          <caption class="pacer-visually-hidden">{title}</caption>
          <thead><tr><th scope="col">{xLabel}</th>{series.map((se) => <th key={se.name} scope="col">{se.name}</th>)}</tr></thead>
          <tbody>
            {xs.map((x) => (
              <tr key={x}>
                <th scope="row">{formatX(x)}</th>
                {series.map((se) => { const p = se.points.find((q) => q.x === x); return <td key={se.name}>{p && p.y !== null ? formatY(p.y) : '—'}</td>; })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

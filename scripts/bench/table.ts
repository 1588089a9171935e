import { runsText, type Measure } from './measure';

const fmt = (x: number | null): string => (x === null ? '-' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2));

/**
 * The printed table: one row per measure, a plain MISSED where a goal is not met, and `runs`:
 * how many runs the median is of, `+Nw` the unrecorded warm-ups before them.
 */
export function renderTable(measures: readonly Measure[]): string {
  const head = ['measure', 'value', 'unit', 'min', 'max', 'baseline', 'ratio', 'runs', 'goal', 'result'];
  const rows = measures.map((m) => [
    m.id,
    fmt(m.value),
    m.unit,
    fmt(m.min),
    fmt(m.max),
    fmt(m.baseline),
    fmt(m.ratio),
    runsText(m),
    m.goal,
    m.met === null ? 'info' : m.met ? 'met' : 'MISSED',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i >= 8 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderMissed(measures: readonly Measure[]): string {
  const missed = measures.filter((m) => m.met === false);
  if (missed.length === 0) return 'Every goal is met.';
  return [`${missed.length} goal(s) MISSED:`, ...missed.map((m) => `  - ${m.id}: ${m.label}: ${fmt(m.value)} ${m.unit}${m.ratio === null ? '' : ` (ratio ${fmt(m.ratio)})`}, goal ${m.goal}`)].join('\n');
}

/**
 * One benchmark figure and the helpers that produce it: repeated runs after a warm-up, the
 * median as the value, the baseline measured in the same run, and the goal judged in code
 * (never by hand), so a missed goal is printed as missed.
 */
export interface Measure {
  id: string;
  /** What was measured, in words (printed under the table, not in the JSON contract). */
  label: string;
  value: number;
  unit: 'ms' | 'KB' | '%' | 'count' | 'ratio';
  min: number;
  max: number;
  baseline: number | null;
  ratio: number | null;
  goal: string;
  met: boolean | null;
  /** Extra facts (rows read, messages sent…) kept in the JSON for whoever reads it. */
  notes?: Record<string, number | string>;
}

export type Goal =
  | { kind: 'ratio-max'; max: number }
  | { kind: 'value-max'; max: number }
  | { kind: 'none' };

export const goalText = (g: Goal, unit: string): string =>
  g.kind === 'ratio-max' ? `ratio <= ${g.max}` : g.kind === 'value-max' ? `value <= ${g.max} ${unit}` : 'informational';

/** `4+1w`: the runs of a measure and its warm-ups, as the table prints them. */
export const runsText = (m: Measure): string => {
  const runs = m.notes?.runs;
  const warm = m.notes?.warmup;
  return typeof runs === 'number' ? `${runs}${typeof warm === 'number' && warm > 0 ? `+${warm}w` : ''}` : '-';
};

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const round = (x: number, digits = 3): number => (Number.isFinite(x) ? Number(x.toPrecision(digits + 2)) : x);

/** Builds a measure from samples (and baseline samples), judging the goal. */
export function makeMeasure(o: {
  id: string;
  label: string;
  unit: Measure['unit'];
  samples: readonly number[];
  baseline?: readonly number[] | number | null;
  goal: Goal;
  notes?: Record<string, number | string>;
  /** Unrecorded warm-up runs before the samples (printed with the run count). */
  warmup?: number;
}): Measure {
  const value = median(o.samples);
  const baseline = o.baseline == null ? null : typeof o.baseline === 'number' ? o.baseline : median(o.baseline);
  const ratio = baseline === null || baseline === 0 ? null : value / baseline;
  const met =
    o.goal.kind === 'ratio-max' ? (ratio === null ? null : ratio <= o.goal.max) : o.goal.kind === 'value-max' ? value <= o.goal.max : null;
  return {
    id: o.id,
    label: o.label,
    value: round(value),
    unit: o.unit,
    min: round(Math.min(...o.samples)),
    max: round(Math.max(...o.samples)),
    baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio),
    goal: goalText(o.goal, o.unit),
    met,
    // How many runs the median is of (and the warm-ups before them): printed in the table's
    // `runs` column, so a figure's weight is visible next to it.
    notes: { ...o.notes, runs: o.samples.length, ...(o.warmup ? { warmup: o.warmup } : {}) },
  };
}

/** Runs `fn` `warmup` times unrecorded, then `runs` times, returning each run's figure. */
export async function repeat(fn: (i: number) => Promise<number> | number, o: { warmup: number; runs: number }): Promise<number[]> {
  for (let i = 0; i < o.warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < o.runs; i++) out.push(await fn(i));
  return out;
}

/** Interleaves Pacer and baseline runs so load spikes on a shared machine hit both alike. */
export async function pairRuns(
  pacer: (i: number) => Promise<number> | number,
  baseline: (i: number) => Promise<number> | number,
  o: { warmup: number; runs: number },
): Promise<{ pacer: number[]; baseline: number[] }> {
  for (let i = 0; i < o.warmup; i++) {
    await pacer(-1 - i);
    await baseline(-1 - i);
  }
  const p: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    b.push(await baseline(i));
    p.push(await pacer(i));
  }
  return { pacer: p, baseline: b };
}

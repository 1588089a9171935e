/**
 * Threshold arithmetic without float surprises (kpi-definitions.md: "0.50 vs 0.40 is a
 * 10-point change"). Win rates stay fractions of integers and compare with BigInt; money
 * compares in whole cents of the values the report shows.
 */
export interface Fraction {
  n: bigint;
  d: bigint;
}

export const frac = (won: number, closed: number): Fraction => ({ n: BigInt(won), d: BigInt(closed) });

/** a − b ≥ k/100 (k whole percentage points), d > 0. */
export function diffAtLeastPoints(a: Fraction, b: Fraction, k: number): boolean {
  // a.n/a.d − b.n/b.d ≥ k/100  ⇔  100(a.n·b.d − b.n·a.d) ≥ k·a.d·b.d
  return 100n * (a.n * b.d - b.n * a.d) >= BigInt(k) * a.d * b.d;
}

export function compareFractions(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Median of fractions, exact (the mean of the two middle ones for an even count). */
export function medianFraction(values: readonly Fraction[]): Fraction | null {
  if (values.length === 0) return null;
  const s = [...values].sort(compareFractions);
  const mid = s.length >> 1;
  if (s.length % 2 === 1) return s[mid]!;
  const a = s[mid - 1]!;
  const b = s[mid]!;
  return { n: a.n * b.d + b.n * a.d, d: 2n * a.d * b.d };
}

/** Whole cents of a money value, as the report rounds it. */
export function cents(value: number): bigint {
  return BigInt(Math.round(Number(Math.abs(value).toPrecision(15)) * 100)) * (value < 0 ? -1n : 1n);
}

/** value ≥ num/den × reference, in cents. */
export function moneyAtLeast(value: number, reference: number, num: number, den: number): boolean {
  return cents(value) * BigInt(den) >= cents(reference) * BigInt(num);
}

/** value ≤ num/den × reference, in cents. */
export function moneyAtMost(value: number, reference: number, num: number, den: number): boolean {
  return cents(value) * BigInt(den) <= cents(reference) * BigInt(num);
}

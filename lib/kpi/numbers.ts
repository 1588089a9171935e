/**
 * Exact-enough arithmetic for money and thresholds.
 *
 * `fsum` is Shewchuk's algorithm (as Python's math.fsum): the correctly rounded sum, so a total
 * does not depend on the order deals arrive in. `roundHalfUp` rounds decimal-safely (1.005 → 1.01),
 * half away from zero for negatives.
 */
export function fsum(values: Iterable<number>): number {
  const s = new ExactSum();
  for (const x of values) s.add(x);
  return s.value();
}

/**
 * fsum as an accumulator: add values one by one, read the correctly rounded total at the end.
 * The KPI loops add amounts as they meet them instead of collecting arrays to sum (a report
 * over 100k deals would otherwise allocate an array per scope and figure). Indexed loops and no
 * destructuring swap: the hot path allocates nothing beyond the short partials list.
 */
export class ExactSum {
  /**
   * The non-overlapping partials in [0, n): a fixed array with a count, since shrinking a JS
   * array's length and pushing again reallocates its backing store on every add.
   */
  private partials = new Float64Array(8);
  private n = 0;

  add(value: number): void {
    let partials = this.partials;
    let x = value;
    let i = 0;
    for (let j = 0; j < this.n; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (i === partials.length) {
      const grown = new Float64Array(i * 2);
      grown.set(partials);
      this.partials = partials = grown;
    }
    partials[i] = x;
    this.n = i + 1;
  }

  value(): number {
    const partials = this.partials;
    // Sum the partials from the top, with the half-way correction of msum.
    let n = this.n;
    if (n === 0) return 0;
    let hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  // 15 significant digits drop the float noise of the computation (1094211.05 × 1.1 =
  // 1203632.1550000002, 1.005 stored as 1.00499…); shifting through the decimal string then
  // rounds the number a person would write.
  const clean = Number(Math.abs(value).toPrecision(15));
  if (String(clean).includes('e')) {
    // Very small or very large magnitudes: the string trick does not apply; plain scaling is exact enough.
    const f = 10 ** decimals;
    const r = (sign * Math.round(clean * f)) / f;
    return r === 0 ? 0 : r;
  }
  const shifted = Math.round(Number(`${clean}e${decimals}`));
  const out = sign * Number(`${shifted}e-${decimals}`);
  return out === 0 ? 0 : out;
}

export const round2 = (v: number): number => roundHalfUp(v, 2);
export const round4 = (v: number): number => roundHalfUp(v, 4);
export const round2OrNull = (v: number | null): number | null => (v === null ? null : round2(v));
export const round4OrNull = (v: number | null): number | null => (v === null ? null : round4(v));

/**
 * a ≥ b, tolerating float noise (0.5 − 0.4 = 0.0999…98 counts as 0.1). The tolerance is relative
 * (1e-9), far below any difference a person could see in a report.
 */
export function atLeast(a: number, b: number): boolean {
  return a - b >= -1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Median of numbers (sorted copy); null when empty. The copy is a Float64Array: its sort is
 * numeric without a comparator call per comparison, the cost that mattered for the thousands of
 * cycle lengths of a team's quarter.
 */
export function median(values: readonly number[] | Float64Array): number | null {
  if (values.length === 0) return null;
  const s = Float64Array.from(values).sort();
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Compares strings by Unicode code point (not UTF-16 unit): the ordering of owners and keys.
 * Fast path, O(common prefix), no allocation: up to the first differing UTF-16 unit the two
 * orders agree, and at that unit they agree too unless a surrogate is involved (a unit ≥ 0xD800
 * can belong to a pair that outranks 0xE000–0xFFFF); only then the iterator walk decides.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // One string is a prefix of the other, unless it ends in a high surrogate the longer one pairs.
  const last = n === 0 ? 0 : a.charCodeAt(n - 1);
  if (i === n && (last < 0xd800 || last > 0xdbff)) return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  if (i === n) return compareByIterator(a, b);
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (x < 0xd800 && y < 0xd800) return x - y;
  return compareByIterator(a, b);
}

function compareByIterator(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

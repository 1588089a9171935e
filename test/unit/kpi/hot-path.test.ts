import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeAccount } from '../../../lib/kpi/accounts';
import { KeyIndex } from '../../../lib/kpi/key-index';
import { compareCodePoints, ExactSum } from '../../../lib/kpi/numbers';

/** The helpers the report's pass over every deal leans on, checked against plain references. */
describe('KeyIndex', () => {
  it('gives the positions a Map of first sight would, across growth and colliding keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', 'a', 'b00000001', 'b00000002')), { maxLength: 600 }), (keys) => {
        const index = new KeyIndex();
        const ref = new Map<string, number>();
        for (const k of keys) {
          const expected = ref.get(k) ?? ref.size;
          ref.set(k, expected);
          expect(index.add(k)).toBe(expected);
        }
        expect(index.size).toBe(ref.size);
        for (const [k, at] of ref) expect(index.get(k)).toBe(at);
        expect(index.get('\u0000absent')).toBe(-1);
        expect(index.keys).toEqual([...ref.keys()]);
      }),
    );
  });

  it('indexes sharing one keys array give positions in that array, each finding only its own keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('', 'b00000001', 'b00000002'))), { maxLength: 600 }), fc.nat(400), (adds, expected) => {
        const keys: string[] = [];
        const tables = [new KeyIndex(expected, keys), new KeyIndex(0, keys)];
        const ref = [new Map<string, number>(), new Map<string, number>()];
        let next = 0;
        for (const [second, k] of adds) {
          const t = second ? 1 : 0;
          const want = ref[t]!.get(k) ?? next;
          if (want === next) ref[t]!.set(k, next++);
          expect(tables[t]!.add(k)).toBe(want);
        }
        expect(keys.length).toBe(next);
        // Each table grows on its own count (the second from 128 slots), not the shared array's.
        for (const t of [0, 1]) for (const [, k] of adds) expect(tables[t]!.get(k)).toBe(ref[t]!.get(k) ?? -1);
      }),
    );
  });

  it('finds a key given as a different string object with the same text', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 5000; i++) index.add(`Account ${i}`);
    expect(index.get(['Account', '4321'].join(' '))).toBe(4321);
  });
});

describe('normalizeAccount', () => {
  const reference = (s: string) => s.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  it('agrees with NFKC + lower-case + trim + collapse, ASCII fast path included', () => {
    const text = fc.array(fc.constantFrom('A', 'b', ' ', '  ', '\t', 'Ｃ', 'é', 'ß', '\u00a0', '-', '1'), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => {
      expect(normalizeAccount(s)).toBe(reference(s));
    }));
  });
});

describe('ExactSum', () => {
  it('sums exactly however many partials the values need', () => {
    const s = new ExactSum();
    // 1e100, 1, 1e-100 … need separate partials: more than the initial capacity of eight.
    const values = [1e300, 1, 1e-300, 1e200, 1e-200, 1e100, 1e-100, 1e50, 1e-50, -1e300, -1e200, -1e100, -1e50];
    for (const v of values) s.add(v);
    expect(s.value()).toBe(1);
    const t = new ExactSum();
    for (let i = 0; i < 10; i++) t.add(0.1);
    expect(t.value()).toBe(1);
  });
});

describe('compareCodePoints', () => {
  /** The plain definition: code point by code point, the shorter string first on a common prefix. */
  const reference = (a: string, b: string): number => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
  };
  // Surrogate pairs and units around them are where UTF-16 order and code-point order differ.
  const unit = fc.constantFrom('a', 'b', 'Z', 'é', '\ud7ff', '\ue000', '\uffff', '😀', '😁', '\ud800', '\udc00', '𝔸');
  const text = fc.array(unit, { maxLength: 6 }).map((u) => u.join(''));

  it('gives the same result as comparing code point by code point', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareCodePoints(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders a pair above a BMP unit above U+D7FF (where UTF-16 order would not)', () => {
    expect(compareCodePoints('😀', '\uffff')).toBeGreaterThan(0);
    expect(compareCodePoints('x\ue000', 'x\ud83d\ude00')).toBeLessThan(0);
    expect(compareCodePoints('b0001', 'b0002')).toBe(-1);
    expect(compareCodePoints('ab', 'abc')).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanText } from '../../../../lib/crm/parse';

/** cleanText's fast path (text that is already clean is returned as is) must change no result. */
const slow = (raw: string): string =>
  raw.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '').replace(/\s+/g, ' ').trim();

describe('cleanText fast path', () => {
  it('gives the full cleaning result for any text', () => {
    const parts = fc.constantFrom('a', 'Won', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u0007', '\u202e', '$1,000', '日本');
    fc.assert(fc.property(fc.array(parts, { maxLength: 12 }), (xs) => {
      const raw = xs.join('');
      expect(cleanText(raw)).toBe(slow(raw));
    }), { numRuns: 2000 });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRecordUrl } from '../../../../lib/crm/parse/url';

/** safeRecordUrl skips `new URL` for plain same-origin paths: it must answer exactly what the URL parser does. */
const PAGE = 'https://acme.lightning.force.com/lightning/o/Opportunity/list?filterName=Recent';

function viaUrl(href: string): string | null {
  if (!href) return null; // documented: no link, no URL
  try {
    const u = new URL(href.trim(), PAGE);
    const ok = u.hostname === 'acme.lightning.force.com' && /^https?:$/.test(u.protocol) && !u.username && !u.password && u.href.length <= 2000;
    return ok ? u.href : null;
  } catch {
    return null;
  }
}

describe('safeRecordUrl fast path', () => {
  it('equals the URL parser on paths and same-origin links', () => {
    const ch = fc.constantFrom(...'/ab.%2e?#&=\'()*+,;:@~-_!${}\\ x\t'.split(''));
    const href = fc.tuple(fc.constantFrom('/', 'https://acme.lightning.force.com/', 'https://acme.lightning.force.com', ''), fc.array(ch, { maxLength: 14 }))
      .map(([p, cs]) => p + cs.join(''));
    fc.assert(fc.property(href, (h) => { expect(safeRecordUrl(h, PAGE)).toBe(viaUrl(h)); }), { numRuns: 5000 });
  });
  it('keeps the usual answers', () => {
    expect(safeRecordUrl('/lightning/r/006Hs00001nbdfeIAA/view', PAGE)).toBe('https://acme.lightning.force.com/lightning/r/006Hs00001nbdfeIAA/view');
    expect(safeRecordUrl('//evil.example/x', PAGE)).toBeNull();
    expect(safeRecordUrl('/a/../b', PAGE)).toBe('https://acme.lightning.force.com/b');
    expect(safeRecordUrl('/x', PAGE, 'other.example')).toBeNull();
  });
});

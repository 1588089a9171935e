import { describe, expect, it } from 'vitest';
import { gridPage as page, readGrid as read } from './grid-page';

/**
 * The grid's column headers are looked for before its first data cell (ag-grid's header block
 * comes first), not in every row. A grid laid out otherwise is searched whole, and a header row
 * that looks like a record row is still never read as a record.
 */

describe('Dynamics grid headers', () => {
  it('reads the same deals when the header block comes after the body', () => {
    const d = page();
    const header = d.querySelector('.ag-header')!;
    header.parentElement!.appendChild(header);
    const plain = read(page());
    expect(plain.deals.length).toBeGreaterThan(5);
    expect(read(d).deals).toEqual(plain.deals);
  });

  it('never reads a header row marked like a record row', () => {
    const d = page();
    const headerRow = d.querySelector('.ag-header [role="row"]')!;
    headerRow.setAttribute('row-index', '0');
    headerRow.setAttribute('row-id', '11111111-2222-4333-8444-555555555555');
    const ids = read(d).deals.map((x) => x.sourceId);
    expect(ids).not.toContain('11111111-2222-4333-8444-555555555555');
    expect(read(d).deals.length).toBe(read(page()).deals.length);
  });
});

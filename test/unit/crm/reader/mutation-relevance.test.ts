// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { relevance } from '../../../../entrypoints/crm.content/mutation-relevance';

/** Records what the page does to `fn`, as the reader's MutationObserver sees it. */
async function recordsOf(fn: () => void): Promise<MutationRecord[]> {
  const out: MutationRecord[] = [];
  const o = new MutationObserver((r) => out.push(...r));
  o.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  fn();
  await new Promise((r) => setTimeout(r, 0));
  out.push(...o.takeRecords());
  o.disconnect();
  return out;
}

const el = (tag: string, text = '', attrs: Record<string, string> = {}) => {
  const e = document.createElement(tag);
  e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
};

describe('mutation relevance', () => {
  beforeEach(() => {
    const clock = el('span', '12:00:00', { id: 'clock' });
    const table = el('table');
    const row = el('tr', '', { 'data-row-key-value': '006A' });
    const cell = el('td', '$1,000', { id: 'amt' });
    row.append(cell);
    table.append(row);
    const main = el('main');
    main.append(table);
    document.body.replaceChildren(clock, main);
  });

  it('ignores a header clock ticking outside the rows on a list read row by row', async () => {
    const r = await recordsOf(() => { document.getElementById('clock')!.textContent = '12:00:01'; });
    expect(r.length).toBeGreaterThan(0);
    expect(relevance(r, true)).toBeNull();
    // Without a row-by-row list read (record page, board, taught mapping) the same tick reads again.
    expect(relevance(r, false)).toBe('read');
  });

  it('reads again when text inside the rows changes', async () => {
    const r = await recordsOf(() => { document.getElementById('amt')!.textContent = '$2,000'; });
    expect(relevance(r, true)).toBe('read');
    const c = await recordsOf(() => { (document.getElementById('amt')!.firstChild as Text).data = '$3,000'; });
    expect(relevance(c, true)).toBe('read');
  });

  it('an element added outside the rows asks for a row-count check, not a read', async () => {
    const r = await recordsOf(() => document.body.append(el('div', 'Saved!')));
    expect(relevance(r, true)).toBe('check');
  });

  it('an SPA swapping the list (the table replaced) reads again', async () => {
    const r = await recordsOf(() => {
      const t = el('table');
      t.append(el('tr', 'Other deal', { 'data-row-key-value': '006B' }));
      document.querySelector('main')!.replaceChildren(t);
    });
    expect(relevance(r, true)).toBe('read');
  });

  it("ignores Pacer's own hosts and what happens inside them", async () => {
    const host = el('pacer-sidebar');
    const r = await recordsOf(() => document.body.append(host));
    expect(relevance(r, false)).toBeNull();
    const inside = await recordsOf(() => { host.textContent = 'KPIs'; });
    expect(relevance(inside, false)).toBeNull();
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ReaderStatus } from '../../../components/sidebar/reader-status';
import type { ReadRow, SidebarReaderStatus } from '../../../components/sidebar/types';
import { createT } from '../../../lib/i18n/index';

/** Rows whose `map` counts how often the list was rendered. */
function countedRows(n: number): { rows: ReadRow[]; renders: () => number } {
  const rows: ReadRow[] = Array.from({ length: n }, (_, i) => ({ key: `salesforce:${i}`, name: `Deal ${i}`, amount: 100 * i, currency: 'USD', stage: 'Prospecting' }));
  let count = 0;
  const map = rows.map.bind(rows);
  Object.defineProperty(rows, 'map', { value: (...a: Parameters<typeof map>) => { count++; return map(...a); } });
  return { rows, renders: () => count };
}

/** Opens the rows details as a click on its summary does (the toggle event Preact listens to). */
function openRows(host: Element): void {
  const details = host.querySelector<HTMLDetailsElement>('details.pacer-sb__rows')!;
  act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

describe('sidebar reader status rows', () => {
  it('builds the rows list only while its details are open: a read being sent renders no rows', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const t = createT('en');
    const { rows, renders } = countedRows(500);
    const status = (count: number, r: ReadRow[]): SidebarReaderStatus => ({ state: 'done', reader: 'Salesforce', pageKind: 'list', count, rows: r, warnings: [], signedInAs: null, error: null, recordKey: null });
    // Batches sent while the details are closed: the status changes, no list is built.
    for (let i = 0; i < 5; i++) render(<ReaderStatus status={status(500 + i, rows)} t={t} lang="en" onTeach={() => undefined} />, host);
    expect(host.querySelector('[data-testid="pacer-rows-read"]')).toBeNull();
    expect(renders()).toBe(0);
    expect(host.querySelector('[data-testid="pacer-deals-read"]')?.textContent).toContain('504');
    openRows(host);
    expect(host.querySelectorAll('[data-testid="pacer-rows-read"] li')).toHaveLength(500);
    expect(renders()).toBe(1);
    // New rows (a new read) while open: shown.
    const next = countedRows(2);
    render(<ReaderStatus status={status(2, next.rows)} t={t} lang="en" onTeach={() => undefined} />, host);
    expect(next.renders()).toBe(1);
    expect(host.querySelectorAll('[data-testid="pacer-rows-read"] li')).toHaveLength(2);
    render(null, host);
  });
});

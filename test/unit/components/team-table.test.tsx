// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { sortTeamRows } from '../../../components/popup/team-sort';
import { TeamTable } from '../../../components/popup/team-table';
import type { TeamRow } from '../../../lib/domain/views';
import { createT } from '../../../lib/i18n';

const row = (owner: string, o: Partial<TeamRow>): TeamRow => ({
  owner, revenueWon: 0, previousRevenueWon: 0, revenueChange: null, winRate: null, percentOfGoal: null,
  goalStatus: null, rankByGoal: null, rankByImprovement: null, ...o,
});
const rows: TeamRow[] = [
  row('Ana', { revenueWon: 500_000, percentOfGoal: 0.5, goalStatus: 'behind', rankByGoal: 3, revenueChange: -0.2, rankByImprovement: 3, winRate: 0.3 }),
  row('Bo', { revenueWon: 80_000, percentOfGoal: 1.2, goalStatus: 'achieved', rankByGoal: 1, revenueChange: 0.5, rankByImprovement: 1, winRate: 0.6 }),
  row('Cy', { revenueWon: 120_000, percentOfGoal: 0.9, goalStatus: 'on-track', rankByGoal: 2, revenueChange: 0.1, rankByImprovement: 2, winRate: null }),
  row('Di', { revenueWon: 1_000 }),
];

let host: HTMLElement;
afterEach(() => { render(null, host); host.remove(); });
const mount = () => {
  host = document.createElement('div');
  document.body.append(host);
  render(<TeamTable rows={rows} currency="USD" t={createT('en')} lang="en" selected="Cy" onSelect={() => undefined} />, host);
  return host;
};
const owners = (el: HTMLElement) => [...el.querySelectorAll('[data-testid="pacer-team-row"]')].map((r) => r.getAttribute('data-owner'));
const click = async (el: HTMLElement, key: string) => {
  (el.querySelector(`button[data-sort="${key}"]`) as HTMLButtonElement).click();
  await new Promise((r) => setTimeout(r, 0));
};
const sortedHeader = (el: HTMLElement) => [...el.querySelectorAll('th[aria-sort]')].map((th) => [th.querySelector('button')?.getAttribute('data-sort'), th.getAttribute('aria-sort')]);

describe('TeamTable', () => {
  it('starts ranked by % of goal (not revenue), with aria-sort on that column only', () => {
    const el = mount();
    expect(owners(el)).toEqual(['Bo', 'Cy', 'Ana', 'Di']);
    expect(sortedHeader(el)).toEqual([['rankByGoal', 'ascending']]);
    const first = el.querySelector('[data-testid="pacer-team-row"]');
    expect(first?.textContent).toContain('#1');
    expect(first?.textContent).toContain('120%');
    expect(el.querySelector('tr[data-owner="Cy"]')?.className).toBe('pacer-selected');
  });

  it('sorts by a column with the header buttons, flipping direction, unknown values last', async () => {
    const el = mount();
    await click(el, 'revenueWon');
    expect(owners(el)).toEqual(['Ana', 'Cy', 'Bo', 'Di']);
    expect(sortedHeader(el)).toEqual([['revenueWon', 'descending']]);
    await click(el, 'revenueWon');
    expect(owners(el)).toEqual(['Di', 'Bo', 'Cy', 'Ana']);
    expect(sortedHeader(el)).toEqual([['revenueWon', 'ascending']]);
    await click(el, 'winRate');
    expect(owners(el)).toEqual(['Bo', 'Ana', 'Cy', 'Di']);
    await click(el, 'rankByImprovement');
    expect(owners(el)).toEqual(['Bo', 'Cy', 'Ana', 'Di']);
    await click(el, 'owner');
    expect(owners(el)).toEqual(['Ana', 'Bo', 'Cy', 'Di']);
    expect(sortedHeader(el)).toEqual([['owner', 'ascending']]);
  });

  it('sorts pace from behind to achieved, rows without a goal last', () => {
    expect(sortTeamRows(rows, { key: 'goalStatus', dir: 'ascending' }).map((r) => r.owner)).toEqual(['Ana', 'Cy', 'Bo', 'Di']);
    expect(sortTeamRows(rows, { key: 'goalStatus', dir: 'descending' }).map((r) => r.owner)).toEqual(['Bo', 'Cy', 'Ana', 'Di']);
  });
});

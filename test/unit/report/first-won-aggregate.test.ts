import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeFirstWon, firstWonMap } from '../../../lib/db/first-won';
import { backupSchema } from '../../../lib/domain/backup';
import type { Deal } from '../../../lib/domain/deal';
import { buildReport } from '../../../lib/report';

/**
 * The database's first-won aggregate covers every stored deal, so the report leaves the accounts
 * of won deals outside its periods unread when it is given: the report must not change.
 */
const dir = join(__dirname, '../../fixtures/backups');
const backup = backupSchema.parse(JSON.parse(readFileSync(join(dir, 'sample-backup.json'), 'utf8')));
const aggregateOf = (deals: readonly Deal[]) => firstWonMap(computeFirstWon(deals).values());

describe('buildReport with the first-won aggregate', () => {
  it('gives the same report as from the deals alone', () => {
    for (const period of ['2026-Q4', '2026-Q3', '2026-11']) {
      const plain = buildReport(backup, { today: '2026-11-27', period });
      const aggregated = buildReport({ ...backup, firstWonByAccount: aggregateOf(backup.deals) }, { today: '2026-11-27', period });
      expect(aggregated).toEqual(plain);
    }
  });

  it('counts an earlier win outside the periods through the aggregate', () => {
    // A won deal long before the quarter: its account is no new customer in the quarter any more.
    // Tidewater Shipping AS: first won in the quarter (new customer there) in the sample backup.
    const inQuarter = backup.deals.find((d) => d.account === 'Tidewater Shipping AS' && d.status === 'won')!;
    const early: Deal = { ...inQuarter, sourceId: 'early-1', closeDate: '2019-03-01' };
    const deals = [...backup.deals, early];
    const withEarly = buildReport({ ...backup, deals, firstWonByAccount: aggregateOf(deals) }, { today: '2026-11-27', period: '2026-Q4' });
    const plain = buildReport({ ...backup, deals }, { today: '2026-11-27', period: '2026-Q4' });
    const before = buildReport(backup, { today: '2026-11-27', period: '2026-Q4' });
    expect(plain.scopes[0]!.kpis.newCustomers).toBeLessThan(before.scopes[0]!.kpis.newCustomers ?? 0);
    expect(withEarly).toEqual(plain);
  });
});

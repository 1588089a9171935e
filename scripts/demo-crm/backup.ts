import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/domain/backup';
import { defaultSettings } from '../../lib/domain/settings';
import { DEMO_FX_RATES } from './data';
import type { DemoDeal } from './generate';
import { demoGoals } from './goals';

/**
 * The demo deals as a Pacer backup (interfaces.md §1), e.g. to seed the popup in e2e tests or
 * to try `npm run report` without a browser. `baseUrl` makes the deal links point at a running
 * demo server. With `today`, it carries the demo goals of that day's quarter (scripts/demo-crm/goals.ts).
 */
export function demoBackup(deals: readonly DemoDeal[], o: { exportedAt: string; baseUrl?: string; today?: string }) {
  const baseUrl = o.baseUrl ?? 'http://127.0.0.1:5178';
  const settings = { ...defaultSettings(), fxRates: { ...DEMO_FX_RATES }, fxRatesUpdatedAt: o.exportedAt };
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: o.exportedAt,
    settings,
    deals: deals.map((d) => ({
      crm: 'demo',
      sourceId: d.id,
      name: d.name,
      account: d.account,
      owner: d.owner,
      amount: d.amount,
      currency: d.currency,
      stage: d.stage,
      status: d.status,
      closeDate: d.closeDate,
      createdDate: d.createdDate,
      probability: d.probability,
      url: `${baseUrl}/deals/${d.id}`,
      firstSeenAt: o.exportedAt,
      lastSeenAt: o.exportedAt,
    })),
    observations: deals.map((d) => ({
      crm: 'demo',
      sourceId: d.id,
      at: o.exportedAt,
      stage: d.stage,
      status: d.status,
      amount: d.amount,
      closeDate: d.closeDate,
    })),
    goals: o.today ? demoGoals({ today: o.today, settings, now: o.exportedAt }) : [],
    csat: [],
    snapshots: [],
    mappings: [],
  };
}

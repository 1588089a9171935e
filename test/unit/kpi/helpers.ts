import type { CsatEntry } from '../../../lib/domain/csat';
import type { Deal } from '../../../lib/domain/deal';
import type { Observation } from '../../../lib/domain/observation';
import { settingsSchema, type Settings } from '../../../lib/domain/settings';
import { computeKpis } from '../../../lib/kpi';
import { resolvePeriod } from '../../../lib/periods';

let seq = 0;
/** A deal with harmless defaults; each call gets a new sourceId. */
export function deal(p: Partial<Deal> = {}): Deal {
  seq++;
  return {
    crm: 'salesforce',
    sourceId: `D${String(seq).padStart(5, '0')}`,
    name: `Deal ${seq}`,
    account: null,
    owner: 'Ann',
    amount: 1000,
    currency: 'USD',
    stage: 'Proposal',
    status: 'open',
    closeDate: null,
    createdDate: null,
    probability: null,
    url: `https://example.my.salesforce.com/${seq}`,
    firstSeenAt: '2026-10-01T00:00:00.000Z',
    lastSeenAt: '2026-11-01T00:00:00.000Z',
    ...p,
  };
}

export const won = (closeDate: string, p: Partial<Deal> = {}) => deal({ status: 'won', stage: 'Closed Won', closeDate, ...p });
export const lost = (closeDate: string, p: Partial<Deal> = {}) => deal({ status: 'lost', stage: 'Closed Lost', closeDate, ...p });
export const open = (closeDate: string | null, p: Partial<Deal> = {}) => deal({ status: 'open', closeDate, ...p });

export const settings = (p: Partial<Settings> = {}): Settings => settingsSchema.parse({ fxRates: { EUR: 1.1 }, ...p });
export const Q4 = resolvePeriod('2026-Q4', settings());
export const TODAY = '2026-11-27';

export function kpis(
  deals: Deal[],
  o: { owner?: string | null; today?: string; period?: string; s?: Settings; observations?: Observation[]; csat?: CsatEntry[]; asOfToday?: boolean; firstWonByAccount?: Map<string, string> } = {},
) {
  const s = o.s ?? settings();
  return computeKpis(
    { deals, settings: s, observations: o.observations ?? [], csat: o.csat ?? [], firstWonByAccount: o.firstWonByAccount },
    { today: o.today ?? TODAY, period: resolvePeriod(o.period ?? '2026-Q4', s), owner: o.owner ?? null, asOfToday: o.asOfToday },
  );
}

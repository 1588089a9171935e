import { dealKey, type Deal } from '../domain/deal';
import type { Observation } from '../domain/observation';
import type { DealRef } from '../domain/report';
import type { Settings } from '../domain/settings';
import type { RecordContext } from '../domain/views';
import { toBase } from '../kpi/money';
import { addDaysIso, diffDays } from '../periods/dates';

/** A deal as the UIs show it (the amount also in the base currency when convertible). */
export function dealRef(deal: Deal, s: Pick<Settings, 'baseCurrency' | 'fxRates'>): DealRef {
  return {
    key: dealKey(deal),
    name: deal.name,
    url: deal.url,
    amount: deal.amount,
    amountBase: toBase(deal.amount, deal.currency, s).value,
    currency: deal.currency,
    closeDate: deal.closeDate,
    stage: deal.stage,
  };
}

/**
 * Days since the current stage was first seen: the earliest observation of the latest unbroken
 * run with this stage; without history, the day the deal was first read (a lower bound).
 */
export function stageAgeDays(deal: Deal, history: readonly Observation[], today: string): number | null {
  if (deal.stage === null) return null;
  const mine = history.filter((o) => o.crm === deal.crm && o.sourceId === deal.sourceId).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  let since = deal.firstSeenAt;
  for (let i = mine.length - 1; i >= 0; i--) {
    const o = mine[i] as Observation;
    if (o.stage !== deal.stage) break;
    since = o.at;
  }
  return Math.max(0, diffDays(today, since.slice(0, 10)));
}

/**
 * The deal of a record page in context (issue #7): days to close (negative = overdue), stage
 * age, and its size against the owner's average won deal over the last 4 quarters (365 days
 * up to today) in the base currency.
 */
export function buildRecordContext(
  deal: Deal,
  o: { today: string; history: readonly Observation[]; ownerDeals: readonly Deal[]; owner: string | null; settings: Pick<Settings, 'baseCurrency' | 'fxRates'> },
): RecordContext {
  const ref = dealRef(deal, o.settings);
  const yearAgo = addDaysIso(o.today, -365);
  const won = o.ownerDeals.filter(
    (d) => d.status === 'won' && d.owner === o.owner && d.closeDate !== null && d.closeDate > yearAgo && d.closeDate <= o.today,
  );
  const amounts = won.map((d) => toBase(d.amount, d.currency, o.settings).value).filter((v): v is number => v !== null);
  const avg = amounts.length ? amounts.reduce((a, b) => a + b, 0) / amounts.length : null;
  return {
    deal: ref,
    owner: deal.owner,
    status: deal.status,
    daysToClose: deal.closeDate === null ? null : diffDays(deal.closeDate, o.today),
    stageAgeDays: stageAgeDays(deal, o.history, o.today),
    sizeVsAverage: avg && ref.amountBase !== null ? Math.round((ref.amountBase / avg) * 100) / 100 : null,
  };
}

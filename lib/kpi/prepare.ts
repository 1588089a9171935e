import { dealKey, type Deal } from '../domain/deal';
import type { Settings } from '../domain/settings';
import { accountNormalizer } from './accounts';
import { toBase, type MoneyState } from './money';

/** A deal with what every KPI needs computed once (conversion, account, probability). */
export interface PreparedDeal {
  readonly deal: Deal;
  /** `crm:sourceId` */
  readonly key: string;
  /** Trimmed; an empty owner is no owner (team only). */
  readonly owner: string | null;
  /** Normalized account, null when absent or blank. */
  readonly account: string | null;
  readonly status: Deal['status'];
  readonly closeDate: string | null;
  /** Amount in the base currency; null when missing or not convertible (see `money`). */
  readonly amountBase: number | null;
  readonly money: MoneyState;
  /** Explicit probability, else the stage's default probability, else null. */
  readonly probability: number | null;
}

export type Preparer = (d: Deal) => PreparedDeal;

/** Stage labels compare like accounts (case, width and spacing do not matter) for defaults. */
const stageKey = (stage: string): string => stage.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');

export function normalizeOwner(owner: string | null | undefined): string | null {
  if (owner === null || owner === undefined) return null;
  const t = owner.trim();
  return t === '' ? null : t;
}

/** One preparer per computation: it caches account normalization and the stage-default lookup. */
export function makePreparer(settings: Pick<Settings, 'baseCurrency' | 'fxRates' | 'stageProbabilities'>): Preparer {
  const account = accountNormalizer();
  const defaults = new Map<string, number>();
  for (const [stage, p] of Object.entries(settings.stageProbabilities ?? {})) defaults.set(stageKey(stage), p);
  const stageCache = new Map<string, number | null>();
  const stageDefault = (stage: string | null): number | null => {
    if (stage === null || defaults.size === 0) return null;
    let v = stageCache.get(stage);
    if (v === undefined) stageCache.set(stage, (v = defaults.get(stageKey(stage)) ?? null));
    return v;
  };
  return (d) => {
    const { value, state } = toBase(d.amount, d.currency, settings);
    return {
      deal: d,
      key: dealKey(d),
      owner: normalizeOwner(d.owner),
      account: account(d.account),
      status: d.status,
      closeDate: d.closeDate,
      amountBase: value,
      money: state,
      probability: d.probability ?? stageDefault(d.stage),
    };
  };
}

export function prepareDeals(deals: readonly Deal[], settings: Parameters<typeof makePreparer>[0]): PreparedDeal[] {
  const prep = makePreparer(settings);
  return deals.map(prep);
}

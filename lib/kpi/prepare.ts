import { dealKey, type Deal } from '../domain/deal';
import type { Settings } from '../domain/settings';
import { diffDays } from '../periods/dates';
import { accountNormalizer, accountOrNull } from './accounts';
import { rateFor, type MoneyState } from './money';

/**
 * A deal with what every KPI needs computed once (conversion, account, probability). A class
 * with lazily cached derived values: preparing 100k deals must allocate as little as possible.
 */
export class PreparedDeal {
  private _key: string | undefined;
  /**
   * Copied onto the object (status as the literal constant, so comparing it is a pointer test):
   * the per-scope KPI loops read these for every deal of P and would otherwise follow the
   * pointer to the stored deal, a cache miss each with 100k deals in memory.
   */
  readonly status: Deal['status'];
  readonly closeDate: string | null;
  /** Won deals: days from createdDate to closeDate (null without both, or created after closed). */
  readonly cycleDays: number | null;
  constructor(
    readonly deal: Deal,
    /** Trimmed; an empty owner is no owner (team only). */
    readonly owner: string | null,
    /** Normalized account (null when absent or blank); undefined = not computed yet. */
    private _account: string | null | undefined,
    /** Amount in the base currency; null when missing or not convertible (see `money`). */
    readonly amountBase: number | null,
    /** Explicit probability, else the stage's default probability, else null. */
    readonly probability: number | null,
  ) {
    const st = deal.status;
    this.status = st === 'won' ? 'won' : st === 'lost' ? 'lost' : st === 'open' ? 'open' : st;
    const close = deal.closeDate;
    const created = deal.createdDate;
    this.closeDate = close;
    this.cycleDays = st === 'won' && created !== null && close !== null && created <= close ? diffDays(close, created) : null;
  }
  /**
   * Normalized account, null when absent or blank. The preparer computes it (cached per name)
   * for won deals only, the ones the customer KPIs read; others normalize on first read.
   */
  get account(): string | null {
    if (this._account === undefined) this._account = accountOrNull(this.deal.account);
    return this._account;
  }
  /**
   * Derived, not stored (one field less on every prepared deal): only the basis counts ask, and
   * only for a deal without an amount in the base currency.
   */
  get money(): MoneyState {
    if (this.amountBase !== null) return 'ok';
    const a = this.deal.amount;
    return a === null || !Number.isFinite(a) ? 'missing-amount' : 'missing-rate';
  }
  /** `crm:sourceId` */
  get key(): string {
    return (this._key ??= dealKey(this.deal));
  }
}

/**
 * `owner`: the deal's owner already normalized by the caller (saves a second trim per deal);
 * `account`: its normalized account when the caller already knows it.
 */
export type Preparer = ((d: Deal, owner?: string | null, account?: string | null) => PreparedDeal) & {
  /** The deal's amountBase as preparing it would give, without preparing it. */
  amountOf(d: Deal): number | null;
};

/** Stage labels compare like accounts (case, width and spacing do not matter) for defaults. */
const stageKey = (stage: string): string => stage.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');

export function normalizeOwner(owner: string | null | undefined): string | null {
  if (owner === null || owner === undefined) return null;
  const t = owner.trim();
  return t === '' ? null : t;
}

/** One preparer per computation: it caches account normalization and the stage-default lookup. */
export function makePreparer(
  settings: Pick<Settings, 'baseCurrency' | 'fxRates' | 'stageProbabilities'>,
  accountOf: (name: string | null) => string | null = accountNormalizer(),
): Preparer {
  const defaults = new Map<string, number>();
  for (const [stage, p] of Object.entries(settings.stageProbabilities ?? {})) defaults.set(stageKey(stage), p);
  const stageCache = new Map<string, number | null>();
  const stageDefault = (stage: string | null): number | null => {
    if (stage === null || defaults.size === 0) return null;
    let v = stageCache.get(stage);
    if (v === undefined) stageCache.set(stage, (v = defaults.get(stageKey(stage)) ?? null));
    return v;
  };
  const rates = new Map<string | null, number | null>();
  // Deals in a row mostly share a currency: the last answer is kept in front of the map.
  let lastCurrency: string | null | undefined;
  let lastRate: number | null = null;
  const rate = (c: string | null): number | null => {
    if (c === lastCurrency) return lastRate;
    let r = rates.get(c);
    if (r === undefined) rates.set(c, (r = rateFor(c, settings)));
    lastCurrency = c;
    return (lastRate = r);
  };
  const amountOf = (d: Deal): number | null => {
    if (d.amount === null || !Number.isFinite(d.amount)) return null;
    const r = rate(d.currency);
    return r === null ? null : r === 1 ? d.amount : d.amount * r;
  };
  const prepare = (d: Deal, owner?: string | null, account?: string | null): PreparedDeal => {
    const acct = account !== undefined ? account : d.status === 'won' ? accountOf(d.account) : undefined;
    return new PreparedDeal(d, owner === undefined ? normalizeOwner(d.owner) : owner, acct, amountOf(d), d.probability ?? stageDefault(d.stage));
  };
  return Object.assign(prepare, { amountOf });
}

export function prepareDeals(deals: readonly Deal[], settings: Parameters<typeof makePreparer>[0]): PreparedDeal[] {
  const prep = makePreparer(settings);
  return deals.map((d) => prep(d));
}

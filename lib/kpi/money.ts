import type { Settings } from '../domain/settings';

export type MoneyState = 'ok' | 'missing-amount' | 'missing-rate';

/**
 * Units of base currency per unit of `currency`, or null when Pacer cannot convert: no rate
 * entered, or no currency known. An amount without a currency is NOT assumed to be in the base
 * currency (kpi-definitions.md: "an amount but no convertible currency counts as missingRate").
 */
export function rateFor(currency: string | null, s: Pick<Settings, 'baseCurrency' | 'fxRates'>): number | null {
  if (currency === null) return null;
  if (currency === s.baseCurrency) return 1;
  const r = s.fxRates[currency];
  return r !== undefined && Number.isFinite(r) && r > 0 ? r : null;
}

/** An amount in the base currency, or why it is not available. */
export function toBase(
  amount: number | null,
  currency: string | null,
  s: Pick<Settings, 'baseCurrency' | 'fxRates'>,
): { value: number | null; state: MoneyState } {
  if (amount === null || !Number.isFinite(amount)) return { value: null, state: 'missing-amount' };
  const rate = rateFor(currency, s);
  if (rate === null) return { value: null, state: 'missing-rate' };
  return { value: rate === 1 ? amount : amount * rate, state: 'ok' };
}

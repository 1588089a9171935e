export { normalizeAccount, accountNormalizer, firstWonByAccount } from './accounts';
export { rateFor, toBase, type MoneyState } from './money';
export { makePreparer, prepareDeals, normalizeOwner, type PreparedDeal } from './prepare';
export { buildDealIndex, slicePeriod, type DealIndex, type KpiData, type PeriodSlice } from './data-index';
export { scopeFigures, computeKpis, type ScopeFigures, type ScopeDetail } from './compute';
export { fsum, roundHalfUp, round2, round4, atLeast, median, compareCodePoints } from './numbers';

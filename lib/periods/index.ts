export type { PeriodRange } from '../domain/report';
export type { FiscalSettings } from './fiscal';
export type { CalendarKind } from './navigate';
export { resolvePeriod, isPeriodLabel, customPeriod, monthPeriod } from './labels';
export {
  currentPeriod, previousPeriod, nextPeriod, lastYearPeriod, periodsBefore, periodDays, contains, sameRange, within,
} from './navigate';
export { addDaysIso, diffDays, epochDay, isIsoDate } from './dates';

import type { KpiBasis, KpiKey } from '../domain/kpi';
import type { Translate } from '../i18n/index';
import { KPI_META } from './kpi-format';

/** Whole days from an ISO date or timestamp to `today` (YYYY-MM-DD), by calendar date. */
export function daysBetween(from: string, today: string): number {
  const d = (s: string) => {
    const [y, m, day] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((d(today) - d(from)) / 86_400_000);
}

/**
 * "from 42 deals; 3 without amount; oldest read 5 days ago": how much a figure rests on,
 * so a rep can judge it (kpi-definitions.md "basis"). Only gaps relevant to the KPI are listed.
 */
export function basisText(key: KpiKey, basis: KpiBasis, today: string, t: Translate): string {
  const parts = [t('basis.deals', { count: basis.deals })];
  for (const gap of KPI_META[key].gaps) {
    const n = basis[gap];
    if (n > 0) parts.push(t(`basis.${gap}`, { count: n }));
  }
  if (basis.oldestSeen) {
    const days = Math.max(0, daysBetween(basis.oldestSeen, today));
    parts.push(days === 0 ? t('basis.oldestToday') : t('basis.oldest', { count: days }));
  }
  return parts.join(t('basis.separator'));
}

import type { CsatEntry } from '../domain/csat';
import type { PeriodRange } from '../domain/report';
import { resolvePeriod, type FiscalSettings } from '../periods/index';
import { within } from '../periods/navigate';
import { fsum } from './numbers';
import { normalizeOwner } from './prepare';

export interface ResolvedCsat {
  owner: string | null;
  range: PeriodRange;
  value: number;
}

/** Resolves each entry's period label once; entries with an unreadable label are ignored. */
export function resolveCsat(entries: readonly CsatEntry[], s: FiscalSettings): ResolvedCsat[] {
  const out: ResolvedCsat[] = [];
  for (const e of entries) {
    try {
      out.push({ owner: normalizeOwner(e.owner), range: resolvePeriod(e.period, s), value: e.value });
    } catch {
      /* an entry whose period cannot be read counts for no period */
    }
  }
  return out;
}

/**
 * csat entries that count for P: their period lies wholly inside P (a month's entry counts
 * toward its quarter, a quarter's not toward a month). `rep` null = the team (every entry).
 */
export function csatValues(entries: readonly ResolvedCsat[], p: Pick<PeriodRange, 'start' | 'end'>, rep: string | null): number[] {
  const out: number[] = [];
  for (const e of entries) if ((rep === null || e.owner === rep) && within(e.range, p)) out.push(e.value);
  return out;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : fsum(values) / values.length;
}

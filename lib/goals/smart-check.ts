import type { Goal } from '../domain/goal';
import type { SmartCheck } from '../messaging/protocol';
import { resolvePeriod, type FiscalSettings } from '../periods/index';
import { sameRange } from '../periods/navigate';

type Letter = SmartCheck['letters'][number];
type Params = Record<string, string | number | null>;

export interface SmartInputs {
  goal: Goal;
  /** The other goals (to check a driver's parent). */
  goals: readonly Goal[];
  settings: FiscalSettings;
  /** The goal's target as a number: relative targets resolved; null when the baseline is unknown. */
  resolvedTarget: number | null;
  /**
   * The scope's value of the metric in the four periods of the goal's kind just before it;
   * `hasData` = the scope had a deal closing there (or, for csat, an entry).
   */
  history: readonly { label: string; value: number | null; hasData: boolean }[];
}

/** The Achievable ceiling: 1.5 × the best recent period (kpi-definitions.md "Goals (SMART)"). */
export const ACHIEVABLE_FACTOR = 1.5;

const pass = (letter: Letter['letter'], params?: Params): Letter => ({ letter, ok: true, reason: null, ...(params ? { params } : {}) });
const fail = (letter: Letter['letter'], reason: string, params?: Params): Letter => ({ letter, ok: false, reason, ...(params ? { params } : {}) });

/**
 * SMART check of a goal being made. Each failing letter carries `reason`, an i18n key of the
 * `smart` area (lib/i18n/messages/smart-check.ts), and `params` to fill it.
 */
export function smartCheck(i: SmartInputs): SmartCheck {
  const { goal } = i;
  const letters: Letter[] = [];

  const owner = goal.owner?.trim() ?? '';
  if (goal.scope === 'rep' && owner === '') letters.push(fail('S', 'smart.S.noOwner'));
  else if (goal.scope === 'team' && goal.owner !== null) letters.push(fail('S', 'smart.S.teamWithOwner'));
  else letters.push(pass('S'));

  const t = goal.target;
  const num = t.kind === 'absolute' ? t.value : t.percent;
  if (!Number.isFinite(num)) letters.push(fail('M', 'smart.M.notNumeric'));
  else if (t.kind === 'absolute' && t.value <= 0) letters.push(fail('M', 'smart.M.zero'));
  else if (t.kind === 'relative' && t.percent <= -100) letters.push(fail('M', 'smart.M.zero'));
  else if (t.kind === 'absolute' && goal.metric === 'winRate' && t.value > 1)
    letters.push(fail('M', 'smart.M.winRateFraction', { value: t.value, suggestion: t.value / 100 }));
  else letters.push(pass('M'));

  const values = i.history.filter((h) => h.hasData && h.value !== null).map((h) => h.value!);
  const best = values.length === 0 ? null : Math.max(...values);
  if (i.resolvedTarget === null || best === null) letters.push(pass('A', { best, target: i.resolvedTarget }));
  else if (i.resolvedTarget > ACHIEVABLE_FACTOR * best)
    letters.push(fail('A', 'smart.A.tooHigh', { target: i.resolvedTarget, best, limit: ACHIEVABLE_FACTOR * best, periods: values.length }));
  else letters.push(pass('A', { best, target: i.resolvedTarget }));

  let range: ReturnType<typeof resolvePeriod> | null = null;
  try {
    range = resolvePeriod(goal.period, i.settings);
  } catch {
    range = null;
  }

  if (goal.parentId === null) letters.push(pass('R'));
  else if (goal.parentId === goal.id) letters.push(fail('R', 'smart.R.self'));
  else {
    const parent = i.goals.find((g) => g.id === goal.parentId);
    if (!parent) letters.push(fail('R', 'smart.R.parentMissing', { parentId: goal.parentId }));
    else {
      let parentRange: ReturnType<typeof resolvePeriod> | null = null;
      try {
        parentRange = resolvePeriod(parent.period, i.settings);
      } catch {
        parentRange = null;
      }
      if (range && parentRange && !sameRange(range, parentRange))
        letters.push(fail('R', 'smart.R.parentPeriod', { period: goal.period, parentPeriod: parent.period }));
      else letters.push(pass('R'));
    }
  }

  letters.push(range ? pass('T', { start: range.start, end: range.end }) : fail('T', 'smart.T.badPeriod', { period: goal.period }));
  return { ok: letters.every((l) => l.ok), letters };
}

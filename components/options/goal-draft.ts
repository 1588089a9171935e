import { goalSchema, type Goal, type GoalMetric, type GoalTarget } from '../../lib/domain/goal';
import { isPeriodLabel, type FiscalSettings } from '../../lib/periods/index';

/**
 * The goal form's editable state and its validation (pure: tested without a DOM). Numbers are
 * kept as typed until saved, so a half-typed "1,2" is an inline error rather than a lost value.
 */
export interface TargetDraft { kind: GoalTarget['kind']; value: string }
export interface GoalDraft {
  id: string | null;
  scope: 'team' | 'rep';
  owner: string;
  metric: GoalMetric;
  target: TargetDraft;
  period: string;
  parentId: string | null;
  createdAt: string | null;
}
export interface DriverDraft { key: string; metric: GoalMetric; target: TargetDraft }

export type GoalField = 'owner' | 'metric' | 'target' | 'period' | 'parentId';
/** Field → i18n key of the problem. */
export type FieldErrors = Partial<Record<GoalField, string>>;

export const emptyDraft = (o: { owner?: string | null; period: string }): GoalDraft => ({
  id: null,
  scope: o.owner ? 'rep' : 'team',
  owner: o.owner ?? '',
  metric: 'revenueWon',
  target: { kind: 'absolute', value: '' },
  period: o.period,
  parentId: null,
  createdAt: null,
});

export const draftOf = (g: Goal): GoalDraft => ({
  id: g.id,
  scope: g.scope,
  owner: g.owner ?? '',
  metric: g.metric,
  target: g.target.kind === 'absolute' ? { kind: 'absolute', value: String(g.target.value) } : { kind: 'relative', value: String(g.target.percent) },
  period: g.period,
  parentId: g.parentId,
  createdAt: g.createdAt,
});

export const targetDraftOf = (t: GoalTarget): TargetDraft =>
  t.kind === 'absolute' ? { kind: 'absolute', value: String(t.value) } : { kind: 'relative', value: String(t.percent) };

/** "1,200,000" / "1 200 000" / "+10" → a number; null when it is not one. */
export function parseNumber(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0,_]/g, '').replace(/^\+/, '').replace(/^−/, '-').replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function targetOf(d: TargetDraft): GoalTarget | null {
  const n = parseNumber(d.value);
  if (n === null) return null;
  if (d.kind === 'absolute') return n >= 0 ? { kind: 'absolute', value: n } : null;
  return n >= -100 && n <= 10_000 ? { kind: 'relative', percent: n } : null;
}

const FIELD_OF: Record<string, GoalField> = { owner: 'owner', scope: 'owner', metric: 'metric', target: 'target', period: 'period', parentId: 'parentId' };

/**
 * The goal as typed so far, for the live SMART check: an unreadable target stands in as 0 (M then
 * says what is wrong) and a rep goal may still lack its rep (S says so).
 */
export function candidateOf(d: GoalDraft, o: { now: string; newId: () => string }): Goal {
  return {
    id: d.id ?? o.newId(),
    scope: d.scope,
    owner: d.scope === 'team' ? null : d.owner.trim(),
    metric: d.metric,
    target: targetOf(d.target) ?? { kind: 'absolute', value: 0 },
    period: d.period.trim() || '?',
    parentId: d.parentId,
    createdAt: d.createdAt ?? o.now,
  };
}

/**
 * The goal a draft describes, or the problems per field (i18n keys). A candidate goal is still
 * returned when only the target is unreadable, so nothing is saved but the check can run later.
 */
export function draftToGoal(d: GoalDraft, o: { settings: FiscalSettings; now: string; newId: () => string }): { goal: Goal | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const target = targetOf(d.target);
  if (d.target.value.trim() === '') errors.target = 'options.goal.err.targetRequired';
  else if (!target) errors.target = d.target.kind === 'absolute' ? 'options.goal.err.targetAbsolute' : 'options.goal.err.targetRelative';
  if (d.scope === 'rep' && d.owner.trim() === '') errors.owner = 'options.goal.err.owner';
  if (!isPeriodLabel(d.period, o.settings)) errors.period = 'options.goal.err.period';
  const parsed = goalSchema.safeParse(candidateOf(d, o));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0] ?? '')];
      if (field && !errors[field]) errors[field] = `options.goal.err.${field}`;
    }
  }
  return { goal: parsed.success && Object.keys(errors).length === 0 ? parsed.data : null, errors };
}

/** The drivers of a new goal, validated like the main goal and pointed at it. */
export function driversToGoals(main: Goal, drivers: readonly DriverDraft[], o: { now: string; newId: () => string }): { goals: Goal[]; errors: Record<string, string> } {
  const goals: Goal[] = [];
  const errors: Record<string, string> = {};
  for (const dr of drivers) {
    const target = targetOf(dr.target);
    if (!target) {
      errors[dr.key] = dr.target.value.trim() === '' ? 'options.goal.err.targetRequired' : dr.target.kind === 'absolute' ? 'options.goal.err.targetAbsolute' : 'options.goal.err.targetRelative';
      continue;
    }
    goals.push({ ...main, id: o.newId(), metric: dr.metric, target, parentId: main.id, createdAt: o.now });
  }
  return { goals, errors };
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Goal } from '../../lib/domain/goal';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n/index';
import type { SmartCheck } from '../../lib/messaging/protocol';
import type { FiscalSettings } from '../../lib/periods/index';
import { BaselineNote } from './baseline-note';
import { DriverRows } from './driver-rows';
import { errorText } from './error-text';
import { candidateOf, draftToGoal, driversToGoals, type DriverDraft, type FieldErrors, type GoalDraft } from './goal-draft';
import { PeriodField } from './period-field';
import { SmartDisplay } from './smart-display';
import { MetricSelect, TargetInput } from './target-input';

export interface GoalFormProps {
  initial: GoalDraft;
  initialDrivers?: DriverDraft[];
  /** Stored goals: the parent picker offers those of the same scope and period. */
  goals: readonly Goal[];
  owners: readonly string[];
  settings: FiscalSettings;
  today: string;
  now: () => string;
  newId: () => string;
  check: (goal: Goal) => Promise<SmartCheck>;
  onSave: (goals: Goal[]) => Promise<void>;
  onCancel: () => void;
  t: Translate;
  lang: Language;
  currency: string;
  /** Debounce of the live check (ms); tests pass 0. */
  checkDelay?: number;
}

/**
 * Create or edit a goal (with driver goals when new). Every change re-runs the SMART check in the
 * background (debounced, stale answers dropped); field problems show next to their field once the
 * field was edited or a save was tried, and a save with problems moves focus to the first one.
 */
export function GoalForm(p: GoalFormProps) {
  const { t, settings } = p;
  const [draft, setDraft] = useState(p.initial);
  const [drivers, setDrivers] = useState<DriverDraft[]>(p.initialDrivers ?? []);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [check, setCheck] = useState<SmartCheck | null>(null);
  const [pending, setPending] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const seq = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const idFor = useRef(p.initial.id ?? p.newId());
  const opts = { settings, now: p.now(), newId: () => idFor.current };
  const { errors } = draftToGoal(draft, opts);
  const driverCheck = driversToGoals(candidateOf(draft, opts), drivers, { now: opts.now, newId: p.newId });
  const shown = (f: keyof FieldErrors) => (submitted || touched.has(f) ? errors[f] ?? null : null);

  useEffect(() => {
    const n = ++seq.current;
    setPending(true);
    const timer = setTimeout(() => {
      p.check(candidateOf(draft, opts)).then(
        (c) => { if (n === seq.current) { setCheck(c); setPending(false); } },
        () => { if (n === seq.current) { setCheck(null); setPending(false); } },
      );
    }, p.checkDelay ?? 250);
    return () => clearTimeout(timer);
  }, [JSON.stringify(draft)]);

  const edit = (field: string, patch: Partial<GoalDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((s) => new Set(s).add(field));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSubmitted(true);
    const { goal } = draftToGoal(draft, opts);
    const dr = goal ? driversToGoals(goal, drivers, { now: opts.now, newId: p.newId }) : null;
    if (!goal || !dr || Object.keys(dr.errors).length > 0) {
      // Focus the first field that says what is wrong (after this render shows the messages).
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await p.onSave([goal, ...dr.goals]);
    } catch (err) {
      setSaveError(errorText(err, t));
    } finally {
      setSaving(false);
    }
  };

  const parents = p.goals.filter((g) => g.id !== draft.id && g.parentId === null && g.period === draft.period && g.scope === draft.scope
    && (g.owner ?? '') === (draft.scope === 'team' ? '' : draft.owner.trim()));
  const ownerErr = shown('owner');
  return (
    <form ref={formRef} class="pacer-opt-goal-form" onSubmit={(e) => void submit(e)} noValidate data-testid="pacer-goal-form">
      <div class="pacer-opt-goal-grid">
        <div>
          <fieldset class="pacer-opt-fieldset">
            <legend>{t('options.goal.scope')}</legend>
            <div class="pacer-opt-row">
              {(['team', 'rep'] as const).map((s) => (
                <label key={s} class="pacer-opt-radio">
                  <input type="radio" name="pacer-goal-scope" value={s} checked={draft.scope === s} onChange={() => edit('owner', { scope: s, parentId: null })} data-testid={`pacer-goal-scope-${s}`} />
                  {t(`options.goal.scope.${s}`)}
                </label>
              ))}
              {draft.scope === 'rep' && (
                <label class="pacer-opt-field" for="pacer-goal-owner">
                  <span>{t('options.goal.owner')}</span>
                  <input id="pacer-goal-owner" list="pacer-owners" value={draft.owner} onInput={(e) => edit('owner', { owner: (e.currentTarget as HTMLInputElement).value })}
                    aria-invalid={ownerErr ? 'true' : undefined} aria-describedby={ownerErr ? 'pacer-goal-owner-err' : undefined} data-testid="pacer-goal-owner" />
                  <datalist id="pacer-owners">{p.owners.map((o) => <option key={o} value={o} />)}</datalist>
                </label>
              )}
            </div>
            {ownerErr && <p id="pacer-goal-owner-err" class="pacer-opt-field-error">{t(ownerErr)}</p>}
          </fieldset>
          <MetricSelect id="pacer-goal-metric" label={t('options.goal.metric')} value={draft.metric} onChange={(m) => edit('metric', { metric: m })} t={t} testId="pacer-goal-metric" />
          <TargetInput id="pacer-goal-target" metric={draft.metric} value={draft.target} onChange={(v) => edit('target', { target: v })}
            currency={p.currency} t={t} error={shown('target')} testId="pacer-goal-target" />
          {draft.target.kind === 'relative' && <BaselineNote check={check} metric={draft.metric} t={t} lang={p.lang} currency={p.currency} />}
          <PeriodField id="pacer-goal-period" value={draft.period} onChange={(v) => edit('period', { period: v, parentId: null })} settings={settings} today={p.today} t={t} error={shown('period')} />
          {draft.id !== null || drivers.length === 0 ? (
            <label class="pacer-opt-field" for="pacer-goal-parent">
              <span>{t('options.goal.parent')}</span>
              <select id="pacer-goal-parent" value={draft.parentId ?? ''} onChange={(e) => edit('parentId', { parentId: (e.currentTarget as HTMLSelectElement).value || null })}>
                <option value="">{t('options.goal.parentNone')}</option>
                {parents.map((g) => <option key={g.id} value={g.id}>{t(`kpi.${g.metric}`)}</option>)}
              </select>
            </label>
          ) : null}
          {draft.id === null && draft.parentId === null && (
            <DriverRows drivers={drivers} onChange={setDrivers} errors={submitted ? driverCheck.errors : {}} newKey={p.newId} currency={p.currency} t={t} />
          )}
        </div>
        <SmartDisplay check={check} pending={pending} metric={draft.metric} t={t} lang={p.lang} currency={p.currency} />
      </div>
      <div class="pacer-opt-actions">
        <button type="submit" class="pacer-btn pacer-btn--primary" disabled={saving} data-testid="pacer-goal-save">
          {drivers.length > 0 && draft.id === null ? t('options.goal.saveWithDrivers', { count: drivers.length + 1 }) : t('common.save')}
        </button>
        <button type="button" class="pacer-btn" onClick={p.onCancel}>{t('common.cancel')}</button>
      </div>
      {saveError && <p class="pacer-opt-error" role="alert">{saveError}</p>}
    </form>
  );
}

import { useState } from 'preact/hooks';
import type { Goal } from '../../lib/domain/goal';
import type { Language, Settings } from '../../lib/domain/settings';
import type { GoalTemplate } from '../../lib/goals/templates';
import type { Translate } from '../../lib/i18n/index';
import type { GoalCsvResult, SmartCheck } from '../../lib/messaging/protocol';
import { errorText } from './error-text';
import { draftOf, emptyDraft, targetDraftOf, type DriverDraft, type GoalDraft } from './goal-draft';
import { GoalForm } from './goal-form';
import { GoalTable } from './goal-table';
import { GoalsCsvImport } from './goals-csv-import';
import { periodChoices } from './period-field';
import { TemplatePicker } from './template-picker';

export interface GoalsPanelProps {
  goals: readonly Goal[];
  owners: readonly string[];
  settings: Settings;
  today: string;
  t: Translate;
  lang: Language;
  /** From `#/goals?owner=…&period=…` (the popup's "create a goal"): opens the form pre-filled. */
  prefill: { owner: string | null; period: string | null } | null;
  newId: () => string;
  now: () => string;
  check: (goal: Goal) => Promise<SmartCheck>;
  save: (goals: Goal[]) => Promise<void>;
  remove: (id: string) => Promise<void>;
  importCsv: (csv: string, apply: boolean) => Promise<GoalCsvResult>;
  checkDelay?: number;
}

interface Editing { key: string; draft: GoalDraft; drivers: DriverDraft[] }

/** Goals: templates, the list, the form (new, from a template, or editing one) and CSV import. */
export function GoalsPanel(p: GoalsPanelProps) {
  const { t, settings } = p;
  const nextQuarter = periodChoices('quarter', p.today, settings)[2]!.label;
  const [editing, setEditing] = useState<Editing | null>(() =>
    p.prefill ? { key: p.newId(), draft: emptyDraft({ owner: p.prefill.owner, period: p.prefill.period ?? nextQuarter }), drivers: [] } : null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = (e: Omit<Editing, 'key'>) => { setStatus(null); setError(null); setEditing({ key: p.newId(), ...e }); };
  const fromTemplate = (tpl: GoalTemplate) => {
    const keep = editing?.draft;
    const period = keep && keep.id === null ? keep.period : periodChoices(tpl.periodKind, p.today, settings)[2]!.label;
    const base = emptyDraft({ owner: keep && keep.scope === 'rep' ? keep.owner : null, period });
    open({
      draft: { ...base, metric: tpl.main.metric, target: targetDraftOf(tpl.main.target) },
      drivers: tpl.drivers.map((d) => ({ key: p.newId(), metric: d.metric, target: targetDraftOf(d.target) })),
    });
  };
  const save = async (goals: Goal[]) => {
    await p.save(goals);
    setEditing(null);
    setStatus(t('options.goals.saved', { count: goals.length }));
  };
  const remove = async (g: Goal) => {
    try {
      await p.remove(g.id);
      setStatus(t('options.goals.deleted', { metric: t(`kpi.${g.metric}`) }));
    } catch (e) {
      setError(errorText(e, t));
    }
  };

  return (
    <div>
      <h1>{t('options.goals.heading')}</h1>
      <p class="pacer-opt-hint">{t('options.goals.intro')}</p>
      <TemplatePicker onPick={fromTemplate} t={t} />
      <section aria-labelledby="pacer-goal-form-h" class="pacer-opt-card">
        <h2 id="pacer-goal-form-h">{editing ? (editing.draft.id ? t('options.goals.editHeading') : t('options.goals.newHeading')) : t('options.goals.newHeading')}</h2>
        {editing ? (
          <GoalForm key={editing.key} initial={editing.draft} initialDrivers={editing.drivers} goals={p.goals} owners={p.owners} settings={settings}
            today={p.today} now={p.now} newId={p.newId} check={p.check} onSave={save} onCancel={() => setEditing(null)}
            t={t} lang={p.lang} currency={settings.baseCurrency} checkDelay={p.checkDelay} />
        ) : (
          <button type="button" class="pacer-btn pacer-btn--primary" onClick={() => open({ draft: emptyDraft({ period: nextQuarter }), drivers: [] })} data-testid="pacer-goal-new">
            {t('options.goals.new')}
          </button>
        )}
      </section>
      <p role="status" class="pacer-opt-status" data-testid="pacer-goals-status">{status ?? ''}</p>
      {error && <p role="alert" class="pacer-opt-error">{error}</p>}
      <section aria-labelledby="pacer-goal-list-h" class="pacer-opt-card">
        <h2 id="pacer-goal-list-h">{t('options.goals.listHeading')}</h2>
        <GoalTable goals={p.goals} onEdit={(g) => open({ draft: draftOf(g), drivers: [] })} onDelete={(g) => void remove(g)} t={t} lang={p.lang} currency={settings.baseCurrency} />
      </section>
      <GoalsCsvImport importCsv={p.importCsv} t={t} lang={p.lang} currency={settings.baseCurrency} />
    </div>
  );
}

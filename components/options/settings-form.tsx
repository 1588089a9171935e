import { useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Language, type Settings, type SettingsPatch } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n/index';
import type { StageSeen } from '../../lib/messaging/protocol';
import { errorText } from './error-text';
import { fiscalExample, monthNames, weekdayNames } from './fiscal-example';
import { FxRatesField } from './fx-rates-field';
import { draftOfSettings, stageRows, validateSettings, type SettingsDraft } from './settings-draft';
import { StageTable } from './stage-table';

export interface SettingsFormProps {
  settings: Settings;
  owners: readonly string[];
  stagesSeen: readonly StageSeen[];
  today: string;
  now: () => string;
  newKey: () => string;
  save: (patch: SettingsPatch) => Promise<Settings>;
  t: Translate;
  lang: Language;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'zh-TW': '繁體中文', 'zh-CN': '简体中文', ja: '日本語' };

/** Field wrapper: label, control, hint and the field's error, wired with aria-describedby. */
function Field({ id, label, error, hint, t, children }: { id: string; label: string; error?: string; hint?: string; t: Translate; children: (aria: Record<string, string | undefined>) => preact.ComponentChildren }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="pacer-opt-field">
      <label for={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
      {hint && <p id={`${id}-hint`} class="pacer-opt-hint">{hint}</p>}
      {error && <p id={`${id}-err`} class="pacer-opt-field-error" data-testid={`${id}-error`}>{t(error)}</p>}
    </div>
  );
}

/** All settings but sites, validated with the settings schema before saving; errors next to their fields. */
export function SettingsForm(p: SettingsFormProps) {
  const { t, lang } = p;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOfSettings(p.settings, p.stagesSeen, p.newKey));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (patch: Partial<SettingsDraft>) => { setDraft((d) => ({ ...d, ...patch })); setStatus(null); };
  const rows = stageRows(p.settings, p.stagesSeen);
  const fy = fiscalExample({ fiscalYearStartMonth: draft.fiscalYearStartMonth, fiscalYearNamedBy: draft.fiscalYearNamedBy }, p.today, lang);
  const months = monthNames(lang);
  const days = weekdayNames(lang);
  const val = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  const submit = async (e: Event) => {
    e.preventDefault();
    const { patch, errors: errs } = validateSettings(draft, p.settings, p.now());
    setErrors(errs);
    if (!patch) {
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    try {
      await p.save(patch);
      setSaveError(null);
      setStatus(t('options.settings.saved'));
    } catch (err) {
      setSaveError(errorText(err, t));
    }
  };

  return (
    <form ref={formRef} class="pacer-opt-settings" onSubmit={(e) => void submit(e)} noValidate data-testid="pacer-settings-form">
      <h1>{t('options.settings.heading')}</h1>
      <section class="pacer-opt-card" aria-labelledby="pacer-set-money-h">
        <h2 id="pacer-set-money-h">{t('options.settings.money')}</h2>
        <Field id="pacer-set-currency" label={t('options.settings.baseCurrency')} error={errors.baseCurrency} hint={t('options.settings.baseCurrencyHint')} t={t}>
          {(a) => <input {...a} value={draft.baseCurrency} maxLength={3} size={5} onInput={(e) => set({ baseCurrency: val(e).toUpperCase() })} />}
        </Field>
        <FxRatesField rows={draft.fxRates} base={draft.baseCurrency} updatedAt={p.settings.fxRatesUpdatedAt} onChange={(fxRates) => set({ fxRates })} newKey={p.newKey} errors={errors} t={t} lang={lang} />
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-set-cal-h">
        <h2 id="pacer-set-cal-h">{t('options.settings.calendar')}</h2>
        <Field id="pacer-set-fy-month" label={t('options.settings.fyStart')} t={t}>
          {(a) => (
            <select {...a} value={String(draft.fiscalYearStartMonth)} onChange={(e) => set({ fiscalYearStartMonth: Number(val(e)) })}>
              {months.map((m, i) => <option key={m} value={String(i + 1)}>{m}</option>)}
            </select>
          )}
        </Field>
        <fieldset class="pacer-opt-fieldset">
          <legend>{t('options.settings.fyNamedBy')}</legend>
          {(['end', 'start'] as const).map((n) => (
            <label key={n} class="pacer-opt-radio">
              <input type="radio" name="pacer-fy-named" checked={draft.fiscalYearNamedBy === n} onChange={() => set({ fiscalYearNamedBy: n })} />
              {t(`options.settings.fyNamed.${n}`)}
            </label>
          ))}
          <p class="pacer-opt-hint" aria-live="polite" data-testid="pacer-fy-example">{t('options.settings.fyExample', fy)}</p>
        </fieldset>
        <Field id="pacer-set-week" label={t('options.settings.weekStart')} t={t}>
          {(a) => (
            <select {...a} value={String(draft.weekStartsOn)} onChange={(e) => set({ weekStartsOn: Number(val(e)) })}>
              {days.map((d, i) => <option key={d} value={String(i)}>{d}</option>)}
            </select>
          )}
        </Field>
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-set-you-h">
        <h2 id="pacer-set-you-h">{t('options.settings.youAndTeam')}</h2>
        <Field id="pacer-set-me" label={t('options.settings.me')} hint={t('options.settings.meHint')} error={errors.me} t={t}>
          {(a) => <><input {...a} list="pacer-set-owners" value={draft.me} onInput={(e) => set({ me: val(e) })} />
            <datalist id="pacer-set-owners">{p.owners.map((o) => <option key={o} value={o} />)}</datalist></>}
        </Field>
        <Field id="pacer-set-stalled" label={t('options.settings.stalled')} hint={t('options.settings.stalledHint')} error={errors.stalledAfterDays} t={t}>
          {(a) => <input {...a} inputMode="numeric" size={5} value={draft.stalledAfterDays} onInput={(e) => set({ stalledAfterDays: val(e) })} data-testid="pacer-set-stalled" />}
        </Field>
        <fieldset class="pacer-opt-fieldset">
          <legend>{t('options.settings.csatScale')}</legend>
          <div class="pacer-opt-row">
            <label class="pacer-opt-field">{t('options.settings.csatMin')}
              <input inputMode="decimal" size={4} value={draft.csatMin} onInput={(e) => set({ csatMin: val(e) })} aria-invalid={errors.csatScale ? 'true' : undefined} aria-describedby={errors.csatScale ? 'pacer-csat-err' : undefined} />
            </label>
            <label class="pacer-opt-field">{t('options.settings.csatMax')}
              <input inputMode="decimal" size={4} value={draft.csatMax} onInput={(e) => set({ csatMax: val(e) })} aria-invalid={errors.csatScale ? 'true' : undefined} aria-describedby={errors.csatScale ? 'pacer-csat-err' : undefined} />
            </label>
          </div>
          {errors.csatScale && <p id="pacer-csat-err" class="pacer-opt-field-error">{t(errors.csatScale)}</p>}
        </fieldset>
        <Field id="pacer-set-lang" label={t('options.settings.language')} t={t}>
          {(a) => (
            <select {...a} value={draft.language ?? ''} onChange={(e) => set({ language: (val(e) || null) as Language | null })}>
              <option value="">{t('options.settings.languageAuto')}</option>
              {LANGUAGES.map((l) => <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>)}
            </select>
          )}
        </Field>
      </section>
      <section class="pacer-opt-card" aria-labelledby="pacer-set-stages-h">
        <h2 id="pacer-set-stages-h">{t('options.settings.stages')}</h2>
        <StageTable rows={rows} status={draft.stageStatus} probabilities={draft.stageProbabilities} errors={errors} t={t}
          onStatus={(crm, stage, s) => set({ stageStatus: { ...draft.stageStatus, [crm]: { ...draft.stageStatus[crm], [stage]: s } } })}
          onProbability={(k, v) => set({ stageProbabilities: { ...draft.stageProbabilities, [k]: v } })} />
      </section>
      <div class="pacer-opt-actions pacer-opt-sticky">
        <button type="submit" class="pacer-btn pacer-btn--primary" data-testid="pacer-settings-save">{t('common.save')}</button>
        {Object.keys(errors).length > 0 && <p class="pacer-opt-error" role="alert">{t('options.settings.fixErrors', { count: Object.keys(errors).length })}</p>}
        <p role="status" class="pacer-opt-status">{status ?? ''}</p>
        {saveError && <p role="alert" class="pacer-opt-error">{saveError}</p>}
      </div>
    </form>
  );
}

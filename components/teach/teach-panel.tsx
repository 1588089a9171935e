import { Button } from '../ui/button';
import { PreviewTable } from './preview-table';
import { TEACH_STEPS, type TeachPanelProps } from './types';
import '../ui/theme.css';
import './teach.css';

/**
 * The step-by-step teach panel: one instruction at a time ("Click the deal's name"), what was
 * picked so far, a live preview of the deals the mapping would read, then a label and Save.
 */
export function TeachPanel({ t, lang, state, onSkip, onBack, onRestart, onLabel, onSave, onCancel, highlighted = null }: TeachPanelProps) {
  const { step, picked, preview } = state;
  const index = step === 'review' ? TEACH_STEPS.length : TEACH_STEPS.indexOf(step);
  const total = TEACH_STEPS.length + 1;
  const canSave = step === 'review' && !!preview && preview.deals.length > 0 && !state.saving && state.savedCount === null;
  return (
    <section class="pacer-teach" role="dialog" aria-modal="false" aria-labelledby="pacer-teach-title" data-testid="pacer-teach">
      <header class="pacer-teach__head">
        <h2 id="pacer-teach-title">{t('teach.title')}</h2>
        <Button variant="link" onClick={onCancel} data-testid="pacer-teach-cancel">{t('teach.cancel')}</Button>
      </header>
      <p class="pacer-teach__muted">{t('teach.paused')}</p>
      <p class="pacer-teach__muted">{t('teach.stepOf', { n: index + 1, total })}</p>
      <p class="pacer-teach__instruction" aria-live="polite" data-testid="pacer-teach-step" data-step={step}>
        {t(`teach.step.${step}`)}
      </p>
      {step === 'name' && index === 0 && <p class="pacer-teach__muted">{t('teach.intro')}</p>}
      {step === 'name' && <p class="pacer-teach__muted">{t('teach.nameRequired')}</p>}
      {step !== 'review' && <p class="pacer-teach__muted">{t('teach.keyboardHint')}</p>}
      {/* Always rendered, so screen readers already watch it when the first key moves the highlight. */}
      <p class="pacer-teach__highlighted" aria-live="polite" aria-atomic="true" data-testid="pacer-teach-highlighted">
        {step === 'review' || highlighted === null ? '' : highlighted ? t('teach.highlighted', { text: highlighted }) : t('teach.highlightedEmpty')}
      </p>
      <ul class="pacer-teach__picked">
        {TEACH_STEPS.filter((f) => f in picked).map((f) => (
          <li key={f}>{picked[f] === null ? t('teach.skipped', { field: t(`teach.col.${f}`) }) : t('teach.picked', { field: t(`teach.col.${f}`), value: picked[f] ?? '' })}</li>
        ))}
      </ul>
      <div class="pacer-teach__actions">
        {step !== 'name' && <Button onClick={onBack}>{t('teach.back')}</Button>}
        {step !== 'name' && step !== 'review' && <Button onClick={onSkip} data-testid="pacer-teach-skip">{t('teach.skip')}</Button>}
        {index > 0 && <Button variant="link" onClick={onRestart}>{t('teach.restart')}</Button>}
      </div>
      {preview?.problem && <p class="pacer-teach__error" role="alert">{t(preview.problem)}</p>}
      {preview && !preview.problem && <PreviewTable t={t} lang={lang} deals={preview.deals} />}
      {preview?.owner && preview.deals.length > 0 && (
        preview.owner.unowned > 0
          ? <p class="pacer-teach__warn" role="note" data-testid="pacer-teach-owner">{t('teach.ownerGeneric', { crm: preview.owner.label, count: preview.owner.unowned })}</p>
          : <p class="pacer-teach__muted" data-testid="pacer-teach-owner">{t('teach.ownerMerged', { crm: preview.owner.label })}</p>
      )}
      {step === 'review' && (
        <form class="pacer-teach__save" onSubmit={(e) => { e.preventDefault(); if (canSave) onSave(); }}>
          <label>
            {t('teach.label')}
            <input value={state.label} maxLength={200} onInput={(e) => onLabel((e.currentTarget as HTMLInputElement).value)} data-testid="pacer-teach-label" />
          </label>
          <Button variant="primary" type="submit" disabled={!canSave} data-testid="pacer-teach-save">
            {state.saving ? t('teach.saving') : t('teach.save')}
          </Button>
        </form>
      )}
      {state.savedCount !== null && <p class="pacer-teach__ok" role="status" data-testid="pacer-teach-saved">{t('teach.saved', { count: state.savedCount })}</p>}
      {state.error && <p class="pacer-teach__error" role="alert">{t('teach.saveError', { message: state.error })}</p>}
    </section>
  );
}

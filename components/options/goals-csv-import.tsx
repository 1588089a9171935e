import { useState } from 'preact/hooks';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n/index';
import type { GoalCsvResult } from '../../lib/messaging/protocol';
import { errorText } from './error-text';
import { targetText } from './goal-table';
import { IssueList } from './issue-list';

export interface GoalsCsvImportProps {
  importCsv: (csv: string, apply: boolean) => Promise<GoalCsvResult>;
  t: Translate;
  lang: Language;
  currency: string;
}

/** Goals from a spreadsheet: pick or paste a CSV, see what it makes and what is wrong, then apply. */
export function GoalsCsvImport({ importCsv, t, lang, currency }: GoalsCsvImportProps) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<GoalCsvResult | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (apply: boolean) => {
    setError(null);
    try {
      const r = await importCsv(text, apply);
      setPreview(apply ? null : r);
      setStatus(apply ? t('options.csv.applied', { count: r.goals.length }) : null);
      if (apply) setText('');
    } catch (e) {
      setError(errorText(e, t));
    }
  };
  return (
    <section aria-labelledby="pacer-csv-h" class="pacer-opt-card">
      <h3 id="pacer-csv-h">{t('options.csv.heading')}</h3>
      <p class="pacer-opt-hint">{t('options.csv.hint')}</p>
      <label class="pacer-opt-field">
        <span>{t('options.csv.file')}</span>
        <input type="file" accept=".csv,text/csv,text/plain" data-testid="pacer-csv-file"
          onChange={async (e) => { const f = (e.currentTarget as HTMLInputElement).files?.[0]; if (f) { setText(await f.text()); setPreview(null); } }} />
      </label>
      <label class="pacer-opt-field">
        <span>{t('options.csv.paste')}</span>
        <textarea rows={4} value={text} onInput={(e) => { setText((e.currentTarget as HTMLTextAreaElement).value); setPreview(null); }}
          placeholder="rep,period,metric,target" data-testid="pacer-csv-text" />
      </label>
      <div class="pacer-opt-actions">
        <button type="button" class="pacer-btn" disabled={text.trim() === ''} onClick={() => void run(false)} data-testid="pacer-csv-preview">{t('options.csv.preview')}</button>
      </div>
      {preview && (
        <div data-testid="pacer-csv-result">
          <p>{t('options.csv.summary', { count: preview.goals.length, errors: preview.errors.length })}</p>
          {preview.goals.length > 0 && (
            <ul class="pacer-opt-list">
              {preview.goals.map((g) => (
                <li key={g.id}>{t('options.csv.goalLine', { owner: g.owner ?? t('common.team'), period: g.period, metric: t(`kpi.${g.metric}`), target: targetText(g, { t, lang, currency }) })}</li>
              ))}
            </ul>
          )}
          <IssueList issues={preview.errors} t={t} kind="csv" />
          <button type="button" class="pacer-btn pacer-btn--primary" disabled={preview.goals.length === 0} onClick={() => void run(true)} data-testid="pacer-csv-apply">
            {t('options.csv.apply', { count: preview.goals.length })}
          </button>
        </div>
      )}
      <p role="status" class="pacer-opt-status">{status ?? ''}</p>
      {error && <p role="alert" class="pacer-opt-error">{error}</p>}
    </section>
  );
}

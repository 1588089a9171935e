import type { Language } from '../../lib/domain/settings';
import { formatDate } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import type { FxRow, SettingsErrors } from './settings-draft';

export interface FxRatesFieldProps {
  rows: readonly FxRow[];
  base: string;
  /** When the rates were last saved (ISO timestamp), null if never. */
  updatedAt: string | null;
  onChange: (rows: FxRow[]) => void;
  newKey: () => string;
  errors: SettingsErrors;
  t: Translate;
  lang: Language;
}

/** Exchange rates the user enters (Pacer never fetches them): currency → units of base currency. */
export function FxRatesField({ rows, base, updatedAt, onChange, newKey, errors, t, lang }: FxRatesFieldProps) {
  const set = (key: string, patch: Partial<FxRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset class="pacer-opt-fieldset" data-testid="pacer-fx">
      <legend>{t('options.settings.fxRates')}</legend>
      <p class="pacer-opt-hint">{t('options.settings.fxHint', { base })}</p>
      <p class="pacer-opt-hint" data-testid="pacer-fx-updated">
        {updatedAt ? t('options.settings.fxUpdated', { date: formatDate(updatedAt.slice(0, 10), lang) }) : t('options.settings.fxNever')}
      </p>
      {rows.length > 0 && (
        <table class="pacer-opt-table">
          <thead><tr><th scope="col">{t('options.settings.fxCurrency')}</th><th scope="col">{t('options.settings.fxRate', { base })}</th><th scope="col"><span class="pacer-visually-hidden">{t('options.goals.actions')}</span></th></tr></thead>
          <tbody>
            {rows.map((r, i) => {
              const cErr = errors[`fxRates.${r.key}.currency`];
              const rErr = errors[`fxRates.${r.key}.rate`];
              return (
                <tr key={r.key}>
                  <td>
                    <input value={r.currency} maxLength={3} size={5} aria-label={t('options.settings.fxCurrencyN', { n: i + 1 })}
                      onInput={(e) => set(r.key, { currency: (e.currentTarget as HTMLInputElement).value.toUpperCase() })}
                      aria-invalid={cErr ? 'true' : undefined} aria-describedby={cErr ? `fx-${r.key}-c` : undefined} />
                    {cErr && <p id={`fx-${r.key}-c`} class="pacer-opt-field-error">{t(cErr)}</p>}
                  </td>
                  <td>
                    <input value={r.rate} inputMode="decimal" size={12} aria-label={t('options.settings.fxRateN', { n: i + 1, base })}
                      onInput={(e) => set(r.key, { rate: (e.currentTarget as HTMLInputElement).value })}
                      aria-invalid={rErr ? 'true' : undefined} aria-describedby={rErr ? `fx-${r.key}-r` : undefined} />
                    {rErr && <p id={`fx-${r.key}-r`} class="pacer-opt-field-error">{t(rErr)}</p>}
                  </td>
                  <td><button type="button" class="pacer-btn" onClick={() => onChange(rows.filter((x) => x.key !== r.key))} aria-label={t('options.settings.fxRemove', { n: i + 1 })}>{t('common.delete')}</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" class="pacer-btn" onClick={() => onChange([...rows, { key: newKey(), currency: '', rate: '' }])} data-testid="pacer-fx-add">{t('options.settings.fxAdd')}</button>
    </fieldset>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../lib/domain/settings';
import { formatNumber } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';

export interface CsatFormProps {
  owner: string;
  period: string;
  current: number | null;
  scale: { min: number; max: number };
  t: Translate;
  lang: Language;
  onSave: (value: number) => Promise<void>;
}

/** The manager enters the rep's customer-satisfaction score for the period, on the configured scale. */
export function CsatForm({ owner, period, current, scale, t, lang, onSave }: CsatFormProps) {
  const [value, setValue] = useState(current === null ? '' : String(current));
  const [message, setMessage] = useState('');
  useEffect(() => { setValue(current === null ? '' : String(current)); setMessage(''); }, [owner, period, current]);
  const submit = (ev: Event) => {
    ev.preventDefault();
    const n = Number(value.replace(',', '.'));
    if (value.trim() === '' || !Number.isFinite(n) || n < scale.min || n > scale.max) {
      setMessage(t('popup.csat.range', { min: formatNumber(scale.min, lang), max: formatNumber(scale.max, lang) }));
      return;
    }
    onSave(n).then(
      () => setMessage(t('popup.csat.saved', { value: formatNumber(n, lang, 2) })),
      (e: unknown) => setMessage(t('common.error', { message: e instanceof Error ? e.message : String(e) })),
    );
  };
  return (
    <form class="pacer-csat pacer-no-print" onSubmit={submit}>
      <label class="pacer-field">
        {t('popup.csat.label', { owner, period, min: formatNumber(scale.min, lang), max: formatNumber(scale.max, lang) })}
        <input type="number" inputMode="decimal" step="any" min={scale.min} max={scale.max} value={value}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} data-testid="pacer-csat-input" />
      </label>
      <button type="submit" class="pacer-btn">{t('common.save')}</button>
      <p role="status" class="pacer-status">{message}</p>
    </form>
  );
}

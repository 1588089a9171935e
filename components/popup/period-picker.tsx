import { useEffect, useState } from 'preact/hooks';
import type { PeriodRange } from '../../lib/domain/report';
import type { Translate } from '../../lib/i18n';

export interface PeriodPickerProps {
  options: readonly { choice: string; period: PeriodRange }[];
  /** The selected period label. */
  value: string;
  t: Translate;
  onChange: (label: string) => void;
}

const CUSTOM = '__custom__';

/** Presets (this/previous month, quarter, fiscal year) or a custom date range. */
export function PeriodPicker({ options, value, t, onChange }: PeriodPickerProps) {
  const preset = options.find((o) => o.period.label === value);
  const [custom, setCustom] = useState(!preset);
  const [range] = value.includes('..') ? [value.split('..')] : [['', '']];
  const [start, setStart] = useState(range[0] ?? '');
  const [end, setEnd] = useState(range[1] ?? '');
  useEffect(() => { if (preset) setCustom(false); }, [value]);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && start <= end;
  return (
    <div class="pacer-period-picker">
      <label class="pacer-field">
        {t('popup.period.label')}
        <select
          value={custom ? CUSTOM : value}
          data-testid="pacer-period-select"
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            if (v === CUSTOM) setCustom(true);
            else { setCustom(false); onChange(v); }
          }}
        >
          {options.map((o) => (
            <option key={o.choice} value={o.period.label}>{t(`popup.period.${o.choice}`, { label: o.period.label })}</option>
          ))}
          <option value={CUSTOM}>{t('popup.period.custom')}</option>
        </select>
      </label>
      {custom && (
        <form class="pacer-custom-range" onSubmit={(e) => { e.preventDefault(); if (valid) onChange(`${start}..${end}`); }}>
          <label class="pacer-field">{t('popup.period.start')}<input type="date" value={start} onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)} /></label>
          <label class="pacer-field">{t('popup.period.end')}<input type="date" value={end} onInput={(e) => setEnd((e.currentTarget as HTMLInputElement).value)} /></label>
          <button type="submit" class="pacer-btn" disabled={!valid}>{t('popup.period.apply')}</button>
        </form>
      )}
    </div>
  );
}

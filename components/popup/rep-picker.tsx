import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

export interface RepPickerProps {
  owners: readonly string[];
  value: string | null;
  t: Translate;
  onChange: (owner: string) => void;
}

/** Every owner seen, narrowed by a search box (case-insensitive, any part of the name). */
export function RepPicker({ owners, value, t, onChange }: RepPickerProps) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? owners.filter((o) => o.toLocaleLowerCase().includes(q) || o === value) : owners;
  return (
    <div class="pacer-rep-picker">
      <label class="pacer-field">
        {t('popup.rep.search')}
        <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} data-testid="pacer-rep-search" />
      </label>
      <label class="pacer-field">
        {t('popup.rep.pick')}
        <select value={value ?? ''} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; if (v) onChange(v); }} data-testid="pacer-rep-select">
          <option value="" disabled>{t('popup.rep.pickPrompt', { count: shown.length })}</option>
          {shown.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      </label>
    </div>
  );
}

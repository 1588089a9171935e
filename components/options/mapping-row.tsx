import { useState } from 'preact/hooks';
import type { Mapping } from '../../lib/domain/mapping';
import { Button } from '../ui/button';
import type { Translate } from './sites-panel';

const FIELD_KEYS: Record<string, string> = {
  name: 'teach.col.name', amount: 'teach.col.amount', stage: 'teach.col.stage', closeDate: 'teach.col.closeDate',
  owner: 'teach.col.owner', account: 'teach.col.account',
};

/** One taught mapping: where it applies, which fields it reads, its label (editable), delete. */
export function MappingRow({ t, mapping, onRename, onDelete }: {
  t: Translate; mapping: Mapping; onRename: (id: string, label: string) => void; onDelete: (id: string) => void;
}) {
  const [label, setLabel] = useState(mapping.label);
  const [confirming, setConfirming] = useState(false);
  const where = `${mapping.host}${mapping.pathPattern}`;
  const fields = Object.keys(mapping.fields).map((f) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f]) : f)).join(', ');
  return (
    <li class="pacer-sites__mapping">
      <form class="pacer-sites__row" onSubmit={(e) => { e.preventDefault(); onRename(mapping.id, label.trim()); }}>
        <input
          value={label} maxLength={200} placeholder={t('sites.mappings.untitled')} aria-label={t('sites.mappings.labelInput', { where })}
          onInput={(e) => setLabel((e.currentTarget as HTMLInputElement).value)}
        />
        <Button type="submit" disabled={label.trim() === mapping.label}>{t('sites.mappings.rename')}</Button>
        {confirming ? (
          <>
            <span role="alert">{t('sites.mappings.deleteConfirm', { where })}</span>
            <Button variant="primary" onClick={() => onDelete(mapping.id)}>{t('sites.mappings.delete')}</Button>
            <Button variant="link" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </>
        ) : (
          <Button onClick={() => setConfirming(true)} aria-label={t('sites.mappings.deleteLabel', { where })}>{t('sites.mappings.delete')}</Button>
        )}
      </form>
      <p class="pacer-sites__hint"><code>{where}</code> · {t('sites.mappings.fields', { fields })}</p>
    </li>
  );
}

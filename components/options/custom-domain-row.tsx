import type { CustomDomainCrm } from '../../lib/sites/custom-crm';
import { Button } from '../ui/button';
import { CrmSelect } from './crm-select';
import type { Translate } from './sites-panel';

export interface CustomDomainRowProps {
  t: Translate;
  host: string;
  crm: CustomDomainCrm | null;
  labels: Readonly<Record<string, string>>;
  onChangeCrm: (host: string, crm: CustomDomainCrm | null) => void;
  onRemove: (host: string) => void;
}

/** One custom domain: its host, which CRM it is read as (changeable in place), remove. */
export function CustomDomainRow({ t, host, crm, labels, onChangeCrm, onRemove }: CustomDomainRowProps) {
  // Host names are [a-z0-9.-] (normalizeCustomHost), valid in ids; the select is named
  // "<host> Read as" so each row's select says which domain it changes.
  const hostId = `pacer-sites-host-${host}`;
  const labelId = `pacer-sites-readas-${host}`;
  const selectId = `pacer-sites-crm-${host}`;
  return (
    <li class="pacer-sites__row" data-host={host}>
      <span id={hostId} class="pacer-sites__host">{host}</span>
      <label id={labelId} for={selectId}>{t('sites.custom.rowCrm')}</label>
      <CrmSelect
        id={selectId} value={crm} labels={labels} otherLabel={t('sites.custom.crmOther')}
        labelledBy={`${hostId} ${labelId}`} testId="pacer-sites-domain-crm"
        onChange={(next) => { if (next !== crm) onChangeCrm(host, next); }}
      />
      <Button onClick={() => onRemove(host)} aria-label={t('sites.custom.removeLabel', { host })}>{t('sites.custom.remove')}</Button>
    </li>
  );
}

import { useState } from 'preact/hooks';
import type { Mapping } from '../../lib/domain/mapping';
import type { Language } from '../../lib/domain/settings';
import { crmOfDomain, guessCustomDomainCrm, type CustomDomainCrm } from '../../lib/sites/custom-crm';
import { normalizeCustomHost } from '../../lib/sites/custom-host';
import { Button } from '../ui/button';
import { CrmSelect } from './crm-select';
import { CustomDomainRow } from './custom-domain-row';
import { MappingRow } from './mapping-row';
import '../ui/theme.css';
import './sites-panel.css';

export type Translate = (key: string, params?: Record<string, string | number | null | undefined>) => string;

export interface SitesData {
  builtIn: readonly { id: string; label: string }[];
  disabledCrms: readonly string[];
  customDomains: readonly string[];
  /** settings.customDomainCrms: domain → the built-in CRM it is read as (absent: generic). */
  customDomainCrms: Readonly<Record<string, string>>;
  mappings: readonly Mapping[];
}

export interface SitesPanelProps {
  t: Translate;
  lang: Language;
  data: SitesData;
  /** A result line from the last action (the page wrapper sets it). */
  notice?: { kind: 'ok' | 'error'; text: string } | null;
  onToggleCrm: (id: string, enabled: boolean) => void;
  /** Called inside the click handler with a validated host, so the wrapper can request the permission. */
  onAddDomain: (host: string, crm: CustomDomainCrm | null) => void;
  /** A listed domain's CRM changed (in the select's change event, a user gesture too). */
  onChangeDomainCrm: (host: string, crm: CustomDomainCrm | null) => void;
  onRemoveDomain: (host: string) => void;
  onRenameMapping: (id: string, label: string) => void;
  onDeleteMapping: (id: string) => void;
}

/** Options → Sites: built-in CRMs on/off, custom domains, taught mappings. Props in, no browser APIs. */
export function SitesPanel({ t, lang, data, notice, onToggleCrm, onAddDomain, onChangeDomainCrm, onRemoveDomain, onRenameMapping, onDeleteMapping }: SitesPanelProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  // undefined: not chosen yet, so the select follows the guess from what is typed.
  const [picked, setPicked] = useState<CustomDomainCrm | null | undefined>(undefined);
  const disabled = new Set(data.disabledCrms);
  const labels = Object.fromEntries(data.builtIn.map((c) => [c.id, c.label]));
  const typed = normalizeCustomHost(input);
  const crm = picked !== undefined ? picked : guessCustomDomainCrm(typed.ok ? typed.host : input);
  const add = (e: Event) => {
    e.preventDefault();
    const check = normalizeCustomHost(input);
    if (!check.ok) {
      setError(check.reason === 'builtin' ? t('sites.custom.builtin', { host: input.trim() }) : t('sites.custom.invalid'));
      return;
    }
    if (data.customDomains.includes(check.host)) { setError(t('sites.custom.duplicate', { host: check.host })); return; }
    setError(null);
    setInput('');
    setPicked(undefined);
    onAddDomain(check.host, crm);
  };
  return (
    <div class="pacer-sites" lang={lang}>
      <section aria-labelledby="pacer-sites-builtin">
        <h2 id="pacer-sites-builtin">{t('sites.builtin.title')}</h2>
        <p class="pacer-sites__hint">{t('sites.builtin.hint')}</p>
        <ul class="pacer-sites__list">
          {[...data.builtIn, { id: 'generic', label: t('sites.builtin.generic') }].map((crm) => (
            <li key={crm.id}>
              <label>
                <input type="checkbox" checked={!disabled.has(crm.id)} onChange={(e) => onToggleCrm(crm.id, (e.currentTarget as HTMLInputElement).checked)} data-testid={`pacer-crm-${crm.id}`} />
                {crm.label}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pacer-sites-custom">
        <h2 id="pacer-sites-custom">{t('sites.custom.title')}</h2>
        <p class="pacer-sites__hint">{t('sites.custom.hint')}</p>
        <form class="pacer-sites__add" onSubmit={add} noValidate>
          <label for="pacer-sites-host">{t('sites.custom.label')}</label>
          <input
            id="pacer-sites-host" value={input} placeholder={t('sites.custom.placeholder')} autocomplete="off" spellcheck={false}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'pacer-sites-host-error' : undefined}
            onInput={(e) => setInput((e.currentTarget as HTMLInputElement).value)} data-testid="pacer-sites-host"
          />
          <label for="pacer-sites-crm">{t('sites.custom.crm')}</label>
          <CrmSelect id="pacer-sites-crm" value={crm} labels={labels} otherLabel={t('sites.custom.crmOther')} onChange={setPicked} describedBy="pacer-sites-crm-hint" testId="pacer-sites-crm" />
          <Button variant="primary" type="submit" data-testid="pacer-sites-add">{t('sites.custom.add')}</Button>
        </form>
        <p id="pacer-sites-crm-hint" class="pacer-sites__hint">{t('sites.custom.crmHint')}</p>
        {error && <p id="pacer-sites-host-error" class="pacer-sites__error" role="alert">{error}</p>}
        {data.customDomains.length === 0 ? <p class="pacer-sites__hint">{t('sites.custom.empty')}</p> : (
          <ul class="pacer-sites__list" data-testid="pacer-sites-domains">
            {data.customDomains.map((host) => (
              <CustomDomainRow
                key={host} t={t} host={host} crm={crmOfDomain(data.customDomainCrms, host)} labels={labels}
                onChangeCrm={onChangeDomainCrm} onRemove={onRemoveDomain}
              />
            ))}
          </ul>
        )}
      </section>
      {notice && <p class={notice.kind === 'ok' ? 'pacer-sites__ok' : 'pacer-sites__error'} role={notice.kind === 'ok' ? 'status' : 'alert'}>{notice.text}</p>}

      <section aria-labelledby="pacer-sites-mappings">
        <h2 id="pacer-sites-mappings">{t('sites.mappings.title')}</h2>
        <p class="pacer-sites__hint">{t('sites.mappings.hint')}</p>
        {data.mappings.length === 0 ? <p class="pacer-sites__hint">{t('sites.mappings.empty')}</p> : (
          <ul class="pacer-sites__list" data-testid="pacer-sites-mappings">
            {data.mappings.map((m) => <MappingRow key={m.id} t={t} mapping={m} onRename={onRenameMapping} onDelete={onDeleteMapping} />)}
          </ul>
        )}
      </section>
    </div>
  );
}

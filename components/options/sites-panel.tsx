import { useState } from 'preact/hooks';
import type { Mapping } from '../../lib/domain/mapping';
import type { Language } from '../../lib/domain/settings';
import { normalizeCustomHost } from '../../lib/sites/custom-host';
import { Button } from '../ui/button';
import { MappingRow } from './mapping-row';
import '../ui/theme.css';
import './sites-panel.css';

export type Translate = (key: string, params?: Record<string, string | number | null | undefined>) => string;

export interface SitesData {
  builtIn: readonly { id: string; label: string }[];
  disabledCrms: readonly string[];
  customDomains: readonly string[];
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
  onAddDomain: (host: string) => void;
  onRemoveDomain: (host: string) => void;
  onRenameMapping: (id: string, label: string) => void;
  onDeleteMapping: (id: string) => void;
}

/** Options → Sites: built-in CRMs on/off, custom domains, taught mappings. Props in, no browser APIs. */
export function SitesPanel({ t, lang, data, notice, onToggleCrm, onAddDomain, onRemoveDomain, onRenameMapping, onDeleteMapping }: SitesPanelProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const disabled = new Set(data.disabledCrms);
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
    onAddDomain(check.host);
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
          <Button variant="primary" type="submit" data-testid="pacer-sites-add">{t('sites.custom.add')}</Button>
        </form>
        {error && <p id="pacer-sites-host-error" class="pacer-sites__error" role="alert">{error}</p>}
        {data.customDomains.length === 0 ? <p class="pacer-sites__hint">{t('sites.custom.empty')}</p> : (
          <ul class="pacer-sites__list" data-testid="pacer-sites-domains">
            {data.customDomains.map((host) => (
              <li key={host} class="pacer-sites__row">
                <span class="pacer-sites__host">{host}</span>
                <Button onClick={() => onRemoveDomain(host)} aria-label={t('sites.custom.removeLabel', { host })}>{t('sites.custom.remove')}</Button>
              </li>
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

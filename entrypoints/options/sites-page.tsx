import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SitesPanel, type SitesData } from '../../components/options/sites-panel';
import { ADAPTERS } from '../../lib/crm/registry';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { watchDataVersion } from '../../lib/messaging/data-version';
import type { CustomDomainCrm } from '../../lib/sites/custom-crm';
import { originsFor } from '../../lib/sites/custom-host';

/** Built-in CRMs the user may switch off (the demo CRM is a development aid, not a product). */
const BUILT_IN = ADAPTERS.filter((a) => a.id !== 'demo').map((a) => ({ id: a.id, label: a.label }));

/** `sites.add` for a host and its CRM (none: the generic readers); adding again re-registers it. */
const request = (host: string, crm: CustomDomainCrm | null) => (crm ? { host, crm } : { host });

/**
 * Options → Sites, the browser side of SitesPanel: settings and mappings through messages, the
 * host permission requested in the user's click (Chrome only allows it during a gesture).
 */
export function SitesPage({ t, lang }: { t: Translate; lang: Language }) {
  const [data, setData] = useState<SitesData | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const load = useCallback(async () => {
    const [settings, mappings] = await Promise.all([sendMessage('settings.get', undefined), sendMessage('mappings.list', undefined)]);
    setData({ builtIn: BUILT_IN, disabledCrms: settings.disabledCrms, customDomains: settings.customDomains, customDomainCrms: settings.customDomainCrms, mappings });
  }, []);
  useEffect(() => {
    void load();
    return watchDataVersion(() => void load());
  }, [load]);

  const run = (action: () => Promise<unknown>, ok?: string) => {
    action().then(() => { if (ok) setNotice({ kind: 'ok', text: ok }); return load(); })
      .catch((e: unknown) => setNotice({ kind: 'error', text: t('sites.error', { message: e instanceof Error ? e.message : String(e) }) }));
  };

  /**
   * Asks for the host permission first thing in the user's click or change (the prompt needs the
   * gesture). Already granted: no prompt. Changing a domain's CRM asks too, so a permission revoked
   * in the browser since is asked for again instead of failing in the background.
   */
  const withPermission = (host: string, denied: 'sites.custom.denied' | 'sites.custom.deniedChange', then: () => void) => {
    browser.permissions.request({ origins: originsFor(host) }).then(
      (granted) => {
        if (granted) then();
        else setNotice({ kind: 'error', text: t(denied, { host }) });
      },
      (e: unknown) => setNotice({ kind: 'error', text: t('sites.error', { message: e instanceof Error ? e.message : String(e) }) }),
    );
  };

  if (!data) return <p>{t('common.loading')}</p>;
  return (
    <SitesPanel
      t={t}
      lang={lang}
      data={data}
      notice={notice}
      onToggleCrm={(id, enabled) => run(() => sendMessage('settings.update', {
        disabledCrms: enabled ? data.disabledCrms.filter((c) => c !== id) : [...new Set([...data.disabledCrms, id])],
      }))}
      onAddDomain={(host, crm) => withPermission(host, 'sites.custom.denied', () => run(() => sendMessage('sites.add', request(host, crm)), t('sites.custom.added', { host })))}
      onChangeDomainCrm={(host, crm) => withPermission(host, 'sites.custom.deniedChange', () => run(
        () => sendMessage('sites.add', request(host, crm)),
        t('sites.custom.changed', { host, crm: crm ? (BUILT_IN.find((c) => c.id === crm)?.label ?? crm) : t('sites.custom.crmOther') }),
      ))}
      onRemoveDomain={(host) => run(() => sendMessage('sites.remove', { host }), t('sites.custom.removed', { host }))}
      onRenameMapping={(id, label) => {
        const m = data.mappings.find((x) => x.id === id);
        if (m) run(() => sendMessage('mappings.save', { ...m, label, updatedAt: new Date().toISOString() }));
      }}
      onDeleteMapping={(id) => run(() => sendMessage('mappings.delete', { id }))}
    />
  );
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SitesPanel, type SitesData } from '../../components/options/sites-panel';
import { ADAPTERS } from '../../lib/crm/registry';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { watchDataVersion } from '../../lib/messaging/data-version';
import { originsFor } from '../../lib/sites/custom-host';

/** Built-in CRMs the user may switch off (the demo CRM is a development aid, not a product). */
const BUILT_IN = ADAPTERS.filter((a) => a.id !== 'demo').map((a) => ({ id: a.id, label: a.label }));

/**
 * Options → Sites, the browser side of SitesPanel: settings and mappings through messages, the
 * host permission requested in the user's click (Chrome only allows it during a gesture).
 */
export function SitesPage({ t, lang }: { t: Translate; lang: Language }) {
  const [data, setData] = useState<SitesData | null>(null);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const load = useCallback(async () => {
    const [settings, mappings] = await Promise.all([sendMessage('settings.get', undefined), sendMessage('mappings.list', undefined)]);
    setData({ builtIn: BUILT_IN, disabledCrms: settings.disabledCrms, customDomains: settings.customDomains, mappings });
  }, []);
  useEffect(() => {
    void load();
    return watchDataVersion(() => void load());
  }, [load]);

  const run = (action: () => Promise<unknown>, ok?: string) => {
    action().then(() => { if (ok) setNotice({ kind: 'ok', text: ok }); return load(); })
      .catch((e: unknown) => setNotice({ kind: 'error', text: t('sites.error', { message: e instanceof Error ? e.message : String(e) }) }));
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
      onAddDomain={(host) => {
        // First thing in the click handler: the permission prompt needs the user gesture.
        browser.permissions.request({ origins: originsFor(host) }).then(
          (granted) => {
            if (granted) run(() => sendMessage('sites.add', { host }), t('sites.custom.added', { host }));
            else setNotice({ kind: 'error', text: t('sites.custom.denied', { host }) });
          },
          (e: unknown) => setNotice({ kind: 'error', text: t('sites.error', { message: e instanceof Error ? e.message : String(e) }) }),
        );
      }}
      onRemoveDomain={(host) => run(() => sendMessage('sites.remove', { host }), t('sites.custom.removed', { host }))}
      onRenameMapping={(id, label) => {
        const m = data.mappings.find((x) => x.id === id);
        if (m) run(() => sendMessage('mappings.save', { ...m, label, updatedAt: new Date().toISOString() }));
      }}
      onDeleteMapping={(id) => run(() => sendMessage('mappings.delete', { id }))}
    />
  );
}

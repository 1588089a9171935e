import { browser } from 'wxt/browser';
import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings, updateSettings } from '../../../lib/db/settings';
import { handle } from '../../../lib/messaging/handle';
import { CUSTOM_SCRIPT_PREFIX, normalizeCustomHost, originsFor, scriptIdFor } from '../../../lib/sites/custom-host';
import { commit, teardown } from './write';

/**
 * Custom CRM domains. The options page asks for the host permission in the user's click (only
 * a page can); here we check it was granted, register the content script for that host at
 * runtime and remember the host in settings. Removing undoes all three.
 */
const CONTENT_SCRIPT = 'content-scripts/crm.js';

function hostOrThrow(input: string): string {
  const check = normalizeCustomHost(input);
  if (!check.ok) throw new Error(check.reason === 'builtin' ? `${input} is a built-in CRM` : `${input} is not a valid domain`);
  return check.host;
}

async function registered(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(CUSTOM_SCRIPT_PREFIX)));
}

async function register(host: string): Promise<void> {
  if ((await registered()).has(scriptIdFor(host))) return;
  await browser.scripting.registerContentScripts([
    { id: scriptIdFor(host), matches: originsFor(host), js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

async function unregister(host: string): Promise<void> {
  if (!(await registered()).has(scriptIdFor(host))) return;
  await browser.scripting.unregisterContentScripts({ ids: [scriptIdFor(host)] });
}

/**
 * On startup and install/update: one registration per custom host whose permission is still
 * granted; hosts whose permission the user revoked in the browser are skipped (not deleted,
 * so granting it again in options brings them back); stale registrations are removed.
 */
export async function syncCustomScripts(db: PacerDb): Promise<void> {
  const { customDomains } = await getSettings(db);
  const wanted = new Set<string>();
  for (const host of customDomains) {
    if (await browser.permissions.contains({ origins: originsFor(host) })) wanted.add(scriptIdFor(host));
  }
  const have = await registered();
  const stale = [...have].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const host of customDomains) if (wanted.has(scriptIdFor(host))) await register(host);
}

export function setupSites(db: PacerDb): () => void {
  const sync = () => void syncCustomScripts(db).catch((e: unknown) => console.warn('[pacer] custom domains', e));
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  return teardown([
    handle('sites.add', async ({ host: input }) => {
      const host = hostOrThrow(input);
      if (!(await browser.permissions.contains({ origins: originsFor(host) }))) throw new Error(`permission for ${host} was not granted`);
      await register(host);
      const { customDomains } = await getSettings(db);
      return commit(() => updateSettings(db, { customDomains: [...new Set([...customDomains, host])].sort() }));
    }),
    handle('sites.remove', async ({ host: input }) => {
      const host = normalizeCustomHost(input).ok ? hostOrThrow(input) : input.trim().toLowerCase();
      await unregister(host);
      await browser.permissions.remove({ origins: originsFor(host) }).catch(() => false);
      const { customDomains } = await getSettings(db);
      return commit(() => updateSettings(db, { customDomains: customDomains.filter((h) => h !== host) }));
    }),
    () => {
      browser.runtime.onStartup.removeListener(sync);
      browser.runtime.onInstalled.removeListener(sync);
    },
  ]);
}

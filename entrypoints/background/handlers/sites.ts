import { browser } from 'wxt/browser';
import type { PacerDb } from '../../../lib/db/app-db';
import { getSettings, updateSettings } from '../../../lib/db/settings';
import { handle } from '../../../lib/messaging/handle';
import { isCustomDomainCrm } from '../../../lib/sites/custom-crm';
import { CUSTOM_SCRIPT_PREFIX, normalizeCustomHost, originsFor, scriptIdFor } from '../../../lib/sites/custom-host';
import { commit, teardown } from './write';

/**
 * Custom CRM domains. The options page asks for the host permission in the user's click (only
 * a page can); here we check it was granted, register the content script for that host at
 * runtime and remember the host in settings. Removing undoes all three.
 *
 * A domain tied to a built-in CRM (a Salesforce/Dynamics… instance under the company's own
 * domain) gets that CRM's own script, the same one its built-in hosts load; any other domain
 * gets the generic script (generic table/board readers, taught mappings). Never the
 * all-readers crm.js (demo builds only): ~50 KB where each of these is about half. Salesforce's
 * own script is the Lightning one (salesforce.js): a custom URL serves Lightning pages, Classic
 * lives on *.my.salesforce.com (built in, salesforce-classic.js); its record reader reads both.
 */
export const GENERIC_SCRIPT = 'content-scripts/generic.js';

/** The script a custom host runs: its CRM's own, or the generic one. */
export function scriptFor(crm: string | undefined): string {
  return isCustomDomainCrm(crm) ? `content-scripts/${crm}.js` : GENERIC_SCRIPT;
}

function hostOrThrow(input: string): string {
  const check = normalizeCustomHost(input);
  if (!check.ok) throw new Error(check.reason === 'builtin' ? `${input} is a built-in CRM` : `${input} is not a valid domain`);
  return check.host;
}

/** Pacer's registrations for custom hosts: id → its script. */
async function registered(): Promise<Map<string, string | undefined>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Map(scripts.filter((s) => s.id.startsWith(CUSTOM_SCRIPT_PREFIX)).map((s) => [s.id, s.js?.[0]]));
}

/** Registers the host's script; one registered before with another script (older version, other CRM) is replaced. */
async function register(host: string, crm: string | undefined): Promise<void> {
  const js = scriptFor(crm);
  const id = scriptIdFor(host);
  const have = await registered();
  if (have.has(id) && have.get(id) === js) return;
  if (have.has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.scripting.registerContentScripts([
    { id, matches: originsFor(host), js: [js], runAt: 'document_idle', persistAcrossSessions: true },
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
  const { customDomains, customDomainCrms } = await getSettings(db);
  const wanted = new Set<string>();
  for (const host of customDomains) {
    if (await browser.permissions.contains({ origins: originsFor(host) })) wanted.add(scriptIdFor(host));
  }
  const have = await registered();
  const stale = [...have.keys()].filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const host of customDomains) if (wanted.has(scriptIdFor(host))) await register(host, customDomainCrms[host]);
}

export function setupSites(db: PacerDb): () => void {
  const sync = () => void syncCustomScripts(db).catch((e: unknown) => console.warn('[pacer] custom domains', e));
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
  return teardown([
    handle('sites.add', async ({ host: input, crm }) => {
      const host = hostOrThrow(input);
      if (!(await browser.permissions.contains({ origins: originsFor(host) }))) throw new Error(`permission for ${host} was not granted`);
      await register(host, crm);
      const { customDomains, customDomainCrms } = await getSettings(db);
      const crms = { ...customDomainCrms };
      if (crm) crms[host] = crm;
      else delete crms[host];
      return commit(() => updateSettings(db, { customDomains: [...new Set([...customDomains, host])].sort(), customDomainCrms: crms }));
    }),
    handle('sites.remove', async ({ host: input }) => {
      const host = normalizeCustomHost(input).ok ? hostOrThrow(input) : input.trim().toLowerCase();
      await unregister(host);
      await browser.permissions.remove({ origins: originsFor(host) }).catch(() => false);
      const { customDomains, customDomainCrms } = await getSettings(db);
      const crms = { ...customDomainCrms };
      delete crms[host];
      return commit(() => updateSettings(db, { customDomains: customDomains.filter((h) => h !== host), customDomainCrms: crms }));
    }),
    () => {
      browser.runtime.onStartup.removeListener(sync);
      browser.runtime.onInstalled.removeListener(sync);
    },
  ]);
}

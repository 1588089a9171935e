import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/**
 * Real Chromium with the built extension loaded, in a throw-away profile. Extensions need a
 * persistent context; `--disable-extensions-except` keeps anything else out.
 */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (re-fetched: MV3 may restart it). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  chromiumPath: string;
  dist: string;
  headless: boolean;
  /** Keep the profile after close (npm start with a display keeps nothing either; tests never do). */
  keepProfile?: boolean;
  viewport?: { width: number; height: number } | null;
  locale?: string;
}

export async function launchExtensionBrowser(o: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pacer-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: o.chromiumPath,
    headless: o.headless,
    viewport: o.viewport === undefined ? { width: 1400, height: 900 } : o.viewport,
    locale: o.locale ?? 'en-US',
    args: [
      `--disable-extensions-except=${o.dist}`,
      `--load-extension=${o.dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const worker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  let sw: Worker;
  try {
    sw = await worker();
  } catch (e) {
    await context.close();
    throw new Error(`The extension's service worker never started (is ${o.dist} a valid build?): ${String(e)}`);
  }
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    worker,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!o.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Reads a whole object store of the extension's IndexedDB database `pacer`, inside the service
 * worker (the extension's origin). Plain IndexedDB, so the harness does not depend on Dexie; a
 * database that does not exist yet reads as [] and is not created.
 */
export async function readDb<T = unknown>(b: ExtensionBrowser, table: string): Promise<T[]> {
  const sw = await b.worker();
  return sw.evaluate(async (store: string) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('pacer')) return [];
    return new Promise<unknown[]>((resolve, reject) => {
      const req = indexedDB.open('pacer');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(store)) {
          db.close();
          resolve([]);
          return;
        }
        const all = db.transaction(store, 'readonly').objectStore(store).getAll();
        all.onsuccess = () => {
          db.close();
          resolve(all.result);
        };
        all.onerror = () => reject(all.error);
      };
    });
  }, table) as Promise<T[]>;
}

/**
 * Sends one protocol message (lib/messaging/protocol.ts) to the background from an extension
 * page, in @webext-core/messaging's wire format ({ id, type, data, timestamp } → { res } | { err }).
 */
export async function callBackground<T = unknown>(page: Page, type: string, data?: unknown): Promise<T> {
  const reply = (await page
    .evaluate(
      ([t, d]) => chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
      [type, data] as const,
    )
    .catch((e: unknown) => {
      // Chrome's wording when no listener exists in the background (yet).
      if (/Receiving end does not exist/.test(String(e))) return undefined;
      throw e;
    })) as { res?: T; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`no background handler answered ${type}`);
  if (reply.err) throw new Error(`${type} failed: ${reply.err.message ?? JSON.stringify(reply.err)}`);
  return reply.res as T;
}

/** Opens an extension page (popup.html, options.html) in a normal tab. */
export async function openExtensionPage(b: ExtensionBrowser, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await b.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${b.extensionId}/${path}`);
  return page;
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TeamView } from '../lib/domain/views';
import { checkDemoBuild, demoDistDir, findChromium } from './browser/chromium';
import { callBackground, launchExtensionBrowser, openExtensionPage, readDb } from './browser/extension-browser';
import { demoBackup } from './demo-crm/backup';
import { DEFAULT_DEMO_PORT, startDemoServer, type DemoServer } from './demo-crm/server';
import { formatSummary } from './start/summary';
import { runTour } from './start/tour';

/**
 * `npm start`: build the demo extension, serve the demo CRM on 127.0.0.1 and open Chromium with
 * Pacer loaded. With a display it stays open for you; without one (or with --headless, or in CI)
 * it walks list → board → record, saves screenshots, prints a summary and exits.
 *
 *   npm start [-- --headless] [--screenshots <dir>] [--port <n>] [--no-build]
 */
const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string', default: 'screenshots' },
    port: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const chromiumPath = (() => {
  const found = findChromium();
  return found.ok ? found.path : fail(found.message);
})();
const headless = values.headless || !process.env.DISPLAY || !!process.env.CI;

if (!values['no-build']) {
  console.log('Building the demo extension (wxt build --mode demo)…');
  const built = spawnSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build', '--mode', 'demo'], {
    cwd: ROOT,
    env: { ...process.env, PACER_DEMO: '1' },
    encoding: 'utf8',
  });
  if (built.status !== 0) fail(`The build failed:\n${built.stdout}\n${built.stderr}`);
}
const built = checkDemoBuild(ROOT);
if (!built.ok) fail(built.message);

async function startServer(): Promise<DemoServer> {
  const port = Number(values.port ?? process.env.DEMO_CRM_PORT ?? DEFAULT_DEMO_PORT);
  try {
    return await startDemoServer({ port });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    console.log(`Port ${port} is busy; using a free one.`);
    return startDemoServer({ port: 0 });
  }
}

const server = await startServer();
console.log(`Demo CRM: ${server.url}/deals (${server.deals.length} deals, signed in as ${server.user})`);
const browser = await launchExtensionBrowser({ chromiumPath, dist: demoDistDir(ROOT), headless, viewport: headless ? { width: 1400, height: 900 } : null });
const cleanup = async (): Promise<void> => {
  await browser.close();
  await server.close();
};

// Seed what a team lead would set up once, through the extension's own import path (the same
// `data.importApply` as Options → Data): the exchange rates for the demo's four currencies and
// the demo goals of this quarter (scripts/demo-crm/goals.ts). No deals: the sidebar reads those
// from the demo CRM's pages, which is the point of the tour.
async function seedDemo(): Promise<void> {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    const seed = demoBackup([], { exportedAt: new Date().toISOString(), today: server.today });
    const result = await callBackground<{ ok: boolean; fatal: string | null }>(page, 'data.importApply', { text: JSON.stringify(seed) });
    if (!result.ok) throw new Error(result.fatal ?? 'import refused');
  } catch (e) {
    console.warn(`Could not seed the demo goals and exchange rates (${String(e)}); money totals count USD deals only.`);
  } finally {
    await page.close();
  }
}
await seedDemo();

if (!headless) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/deals`);
  console.log('Chromium is open with Pacer loaded. Close the browser window (or press Ctrl+C) to stop.');
  const stop = (): void => void cleanup().then(() => process.exit(0));
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
} else {
  const dir = resolve(ROOT, values.screenshots);
  let code = 0;
  try {
    const tour = await runTour(browser, server.url, dir);
    const deals = await readDb(browser, 'deals');
    let team: TeamView | null = null;
    let teamError: string | null = null;
    const page = await openExtensionPage(browser, 'popup.html');
    try {
      team = await callBackground<TeamView>(page, 'view.team', {});
    } catch (e) {
      teamError = String(e instanceof Error ? e.message : e);
    }
    await page.close();
    console.log(formatSummary({ dealsInDb: deals.length, dealsOnServer: server.deals.length, team, teamError, screenshotsDir: dir, screenshots: tour.screenshots }));
    if (tour.sidebarDealsRead) console.log(`Sidebar: "${tour.sidebarDealsRead}", revenue ${tour.sidebarRevenue ?? '—'}; popup revenue ${tour.popupRevenue ?? '—'}`);
    if (tour.problems.length > 0 || deals.length === 0) {
      code = 1;
      console.error(['Not everything worked:', ...tour.problems, ...(deals.length === 0 ? ['No deals reached the extension database.'] : [])].join('\n  '));
    }
  } catch (e) {
    code = 1;
    console.error(`npm start failed: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    await cleanup();
  }
  process.exit(code);
}

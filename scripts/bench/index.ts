import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../browser/chromium';
import { launchExtensionBrowser, type ExtensionBrowser } from '../browser/extension-browser';
import { parseArgs, type Family } from './args';
import { Phases } from './phases';
import { ensureBuilds, ROOT, type Builds } from './build';
import { engineMeasures } from './engine';
import { hostMeasures } from './host';
import type { Measure } from './measure';
import { bundlePageTools, bundleSeedTools, bundleSwTools } from './page-bundle';
import { popupMeasures } from './popup';
import { readMeasures } from './read';
import { machineDescription, writeResults } from './report-json';
import { seedInWorker } from './seed';
import { sizeMeasures } from './size';
import { storeMeasures } from './store';
import { renderMissed, renderTable } from './table';

/**
 * `npm run bench`: Pacer's speed and size next to the physical limits (issue #10). Real
 * Chromium with the built extension, and Node; every figure is a median after a warm-up with
 * its baseline measured in the same run. A benchmark, never a test: it exits 0 with MISSED
 * rows when goals are missed (the figures are still printed and written).
 */
const phases = new Phases();
const log = (s: string) => console.log(`[${phases.elapsed()}] ${s}`);
const failures: string[] = [];

/** One family's measures; a failure is reported and the run goes on with the others. */
async function family(name: string, run: () => Promise<Measure[]>): Promise<Measure[]> {
  try {
    return await phases.time(name, run);
  } catch (e) {
    console.error(`  ${name} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    failures.push(name);
    return [];
  }
}

async function withExtension(builds: Builds, chromiumPath: string, args: { has: (f: Family) => boolean; quick: boolean }, plain: () => Promise<Browser>): Promise<Measure[]> {
  const out: Measure[] = [];
  const [tools, swTools, seedTools] = await Promise.all([bundlePageTools(), bundleSwTools(), bundleSeedTools()]);
  const b: ExtensionBrowser = await phases.time('launch Chromium with Pacer', () => launchExtensionBrowser({ chromiumPath, dist: builds.storeDir, headless: true }));
  try {
    // A quiet extension page to send protocol messages from (the popup would refresh on every write).
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
    if (args.has('store')) {
      log('store (service worker, deals.ingest vs raw IndexedDB)…');
      out.push(...(await family('store', () => storeMeasures(b, page, swTools, { quick: args.quick, log }))));
    }
    if (args.has('popup')) {
      log('popup (seeding 100k deals through Pacer\'s ingest in the service worker)…');
      const stored = await phases.time('popup: seed 100k deals', () => seedInWorker(b, seedTools, 100_000, log));
      out.push(...(await family('popup', () => popupMeasures(b, stored, { quick: args.quick }))));
    }
    if (args.has('host') || args.has('reread')) {
      const host = args.has('host');
      const reread = args.has('reread');
      log(`${[host ? 'host page impact (10k rows mutating every 100 ms, with and without Pacer)' : '', reread ? 're-read (content script, the same 10k-row Salesforce pages with Pacer)' : ''].filter(Boolean).join(' + ')}…`);
      out.push(...(await family(host ? (reread ? 'host + reread' : 'host') : 'reread', () => hostMeasures(b, plain, tools, swTools, { quick: args.quick, log, host, reread }))));
    }
  } finally {
    await b.close();
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const has = (f: Family) => args.only.has(f);
  const measures: Measure[] = [];
  const needsBrowser = (['read', 'reread', 'store', 'popup', 'host'] as Family[]).some(has);
  const found = needsBrowser ? findChromium() : null;
  if (found && !found.ok) throw new Error(found.message);

  // The engine first: Node only, measured before anything else starts (the build, Chromium).
  if (has('engine')) {
    log('engine (Node)…');
    measures.push(...(await family('engine', () => engineMeasures({ quick: args.quick }))));
  }
  // The build runs while the read measure prepares its first pages (which measures nothing);
  // the read measure waits for it before it measures anything.
  let building: Promise<Builds> | null = null;
  if (needsBrowser || has('size')) {
    log(`building Pacer into .output/bench${args.reuseBuild ? ' (reusing an existing build if any)' : ''}…`);
    building = phases.time('build', () => ensureBuilds(args.reuseBuild));
    building.catch(() => undefined); // awaited below, where a failed build stops the run
  }
  let version: string | null = null;
  let plainBrowser: Browser | null = null;
  const plain = async (): Promise<Browser> => {
    if (!found?.ok) throw new Error('no Chromium');
    plainBrowser ??= await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
    version ??= `Chromium ${plainBrowser.version()}`;
    return plainBrowser;
  };
  try {
    if (needsBrowser && found?.ok && has('read')) {
      log('read (Chromium, the adapters injected in the page)…');
      measures.push(...(await family('read', async () => readMeasures(await plain(), await bundlePageTools(), { quick: args.quick, log, ready: building ?? undefined }))));
    }
    const builds = building ? await building : null;
    if (has('size') && builds) measures.push(...(await family('size', async () => sizeMeasures(builds, ROOT))));
    if (needsBrowser && found?.ok && builds && (['store', 'reread', 'popup', 'host'] as Family[]).some(has)) {
      measures.push(...(await withExtension(builds, found.path, { has, quick: args.quick }, plain)));
    }
  } finally {
    const p = plainBrowser as Browser | null;
    await p?.close();
  }
  console.log(`\n${renderTable(measures)}\n\n${renderMissed(measures)}`);
  if (failures.length) console.log(`\nFAILED to measure: ${failures.join(', ')} (see above)`);
  const machine = machineDescription(version);
  console.log(`\n${phases.render()}\n\nmachine: ${machine}`);
  if (args.out) {
    writeResults(args.out, machine, measures, { phases: phases.list, totalSeconds: phases.totalSeconds() });
    console.log(`wrote ${args.out}`);
  }
  if (failures.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});

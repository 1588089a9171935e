import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../browser/chromium';
import { launchExtensionBrowser, type ExtensionBrowser } from '../browser/extension-browser';
import { parseArgs, type Family } from './args';
import { ensureBuilds, ROOT, type Builds } from './build';
import { engineMeasures } from './engine';
import { hostMeasures } from './host';
import type { Measure } from './measure';
import { bundlePageTools, bundleSwTools } from './page-bundle';
import { popupMeasures, seedTo } from './popup';
import { readMeasures } from './read';
import { machineDescription, writeResults } from './report-json';
import { rereadMeasures } from './reread';
import { sizeMeasures } from './size';
import { storeMeasures } from './store';
import { renderMissed, renderTable } from './table';

/**
 * `npm run bench`: Pacer's speed and size next to the physical limits (issue #10). Real
 * Chromium with the built extension, and Node; every figure is a median after a warm-up with
 * its baseline measured in the same run. A benchmark, never a test: it exits 0 with MISSED
 * rows when goals are missed (the figures are still printed and written).
 */
const log = (s: string) => console.log(s);
const failures: string[] = [];

/** One family's measures; a failure is reported and the run goes on with the others. */
async function family(name: string, run: () => Promise<Measure[]>): Promise<Measure[]> {
  try {
    return await run();
  } catch (e) {
    console.error(`  ${name} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    failures.push(name);
    return [];
  }
}

async function withExtension(builds: Builds, chromiumPath: string, args: { has: (f: Family) => boolean; quick: boolean }, plain: () => Promise<Browser>): Promise<Measure[]> {
  const out: Measure[] = [];
  const [tools, swTools] = await Promise.all([bundlePageTools(), bundleSwTools()]);
  const b: ExtensionBrowser = await launchExtensionBrowser({ chromiumPath, dist: builds.demoDir, headless: true });
  try {
    // A quiet extension page to send protocol messages from (the popup would refresh on every write).
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
    if (args.has('store')) {
      log('store (service worker, deals.ingest vs raw IndexedDB)…');
      out.push(...(await family('store', () => storeMeasures(b, page, swTools, { quick: args.quick, log }))));
    }
    if (args.has('reread')) {
      log('re-read (content script on a 10k-row Salesforce list)…');
      out.push(...(await family('reread', () => rereadMeasures(b, b.context, tools, swTools, { quick: args.quick, log }))));
    }
    if (args.has('popup')) {
      log('popup (seeding 100k deals through deals.ingest)…');
      out.push(...(await family('popup', async () => popupMeasures(b, await seedTo(b, page, swTools, log), { quick: args.quick }))));
    }
    if (args.has('host')) {
      log('host page impact (10k rows mutating every 100 ms, with and without Pacer)…');
      out.push(...(await family('host', async () => hostMeasures(b.context, await plain(), tools, { quick: args.quick, log }))));
    }
  } finally {
    await b.close();
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const has = (f: Family) => args.only.has(f);
  const measures: Measure[] = [];
  const needsBrowser = (['read', 'reread', 'store', 'popup', 'host'] as Family[]).some(has);
  const found = needsBrowser ? findChromium() : null;
  if (found && !found.ok) throw new Error(found.message);

  let builds: Builds | null = null;
  if (needsBrowser || has('size')) {
    log(`building Pacer into .output/bench${args.reuseBuild ? ' (reusing an existing build if any)' : ''}…`);
    builds = ensureBuilds(args.reuseBuild);
  }
  if (has('size') && builds) measures.push(...sizeMeasures(builds, ROOT));
  if (has('engine')) {
    log('engine (Node)…');
    measures.push(...(await family('engine', () => engineMeasures({ quick: args.quick }))));
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
    if (needsBrowser && found?.ok && builds) {
      if (has('read')) {
        log('read (Chromium, the adapters injected in the page)…');
        measures.push(...(await family('read', async () => readMeasures(await plain(), await bundlePageTools(), { quick: args.quick, log }))));
      }
      if ((['store', 'reread', 'popup', 'host'] as Family[]).some(has)) {
        measures.push(...(await withExtension(builds, found.path, { has, quick: args.quick }, plain)));
      }
    }
  } finally {
    const p = plainBrowser as Browser | null;
    await p?.close();
  }
  console.log(`\n${renderTable(measures)}\n\n${renderMissed(measures)}`);
  if (failures.length) console.log(`\nFAILED to measure: ${failures.join(', ')} (see above)`);
  const machine = machineDescription(version);
  console.log(`\nmachine: ${machine}\ntotal: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (args.out) {
    writeResults(args.out, machine, measures);
    console.log(`wrote ${args.out}`);
  }
  if (failures.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});

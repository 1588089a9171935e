import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the real browser and the built extension are. Shared by `npm start` and the e2e tests
 * so both fail with the same plain instructions.
 */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const INSTALL_CHROMIUM_HINT = [
  'Pacer drives a real Chromium (playwright-core does not download one here).',
  'Install it:   sudo apt-get install -y chromium fonts-noto-cjk      (Debian/Ubuntu)',
  'or point to any Chrome/Chromium/Edge:   export CHROME_PATH=/path/to/chrome',
].join('\n');

export type ChromiumLookup = { ok: true; path: string } | { ok: false; message: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const candidate = env.CHROME_PATH?.trim() || DEFAULT_CHROMIUM;
  try {
    accessSync(candidate, constants.X_OK);
    return { ok: true, path: candidate };
  } catch {
    const where = env.CHROME_PATH ? `CHROME_PATH (${candidate}) is not an executable file.` : `No Chromium at ${DEFAULT_CHROMIUM}.`;
    return { ok: false, message: `${where}\n${INSTALL_CHROMIUM_HINT}` };
  }
}

/**
 * The demo build (`wxt build --mode demo`): the store build plus the demo CRM's loopback match.
 * PACER_DEMO_DIST points elsewhere (e.g. `npm run bench`'s own build in .output/bench), so a
 * build can be tested without replacing the one other runs are using.
 */
export const demoDistDir = (root: string, env: NodeJS.ProcessEnv = process.env): string =>
  env.PACER_DEMO_DIST?.trim() || join(root, '.output', 'chrome-mv3-demo');

export function checkDemoBuild(root: string): { ok: true } | { ok: false; message: string } {
  const dir = demoDistDir(root);
  if (existsSync(join(dir, 'manifest.json'))) return { ok: true };
  return { ok: false, message: `No demo build at ${dir}. Build it first: npm run build:demo` };
}

import { resolve } from 'node:path';
import { checkDemoBuild, findChromium } from '../../../scripts/browser/chromium';

/**
 * Runs once before the e2e files: a real Chromium and the demo build must exist, or the run
 * stops here with instructions instead of a timeout somewhere inside Playwright.
 */
export default function setup(): void {
  const chromium = findChromium();
  if (!chromium.ok) throw new Error(`E2E tests need Chromium.\n${chromium.message}`);
  const build = checkDemoBuild(resolve(import.meta.dirname, '..', '..', '..'));
  if (!build.ok) throw new Error(build.message);
}

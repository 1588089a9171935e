import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The bench builds Pacer once, into its own folder (never `.output/chrome-mv3*`, which e2e tests
 * of other work may be using): the store build and its zip (`wxt zip`). The size measures read
 * both, and Chromium loads that same unpacked store build for the browser measures: they route
 * real CRM addresses (Salesforce Lightning), which the store build's own match patterns cover,
 * so the demo build (the store build + loopback hosts) is not needed and what is measured is
 * exactly what users install. The build runs WXT's JS API in a child process
 * (`build-child.ts`), so Vite's state never leaks into the bench.
 */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_OUT = join(ROOT, '.output', 'bench');

export interface Builds {
  /** Unpacked store build (what Chromium loads, and what the size measures read). */
  storeDir: string;
  /** The store zip `wxt zip` made. */
  zipFile: string;
}

/** One build in a child process; resolves when it exited cleanly (its output is kept for errors only). */
function run(kind: 'demo' | 'zip'): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'build-child.ts'), kind, BENCH_OUT], {
      cwd: ROOT,
      env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...(kind === 'demo' ? { PACER_DEMO: '1' } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    // Quiet unless it fails: the bench prints its own progress.
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the ${kind} build failed (exit ${code}):\n${out}`))));
  });
}

export function locateBuilds(): Builds | null {
  const storeDir = join(BENCH_OUT, 'chrome-mv3');
  const zip = existsSync(BENCH_OUT) ? readdirSync(BENCH_OUT).find((f) => /-chrome(-mv3)?\.zip$/.test(f)) : undefined;
  if (!existsSync(join(storeDir, 'manifest.json')) || !zip) return null;
  return { storeDir, zipFile: join(BENCH_OUT, zip) };
}

/**
 * Builds the store build + zip (unless `reuse` and it exists). Asynchronous: the bench prepares
 * its first pages (growing and laying out rows, which measures nothing) while WXT builds.
 */
export async function ensureBuilds(reuse: boolean): Promise<Builds> {
  if (reuse) {
    const found = locateBuilds();
    if (found) return found;
  }
  await run('zip');
  const found = locateBuilds();
  if (!found) throw new Error(`builds missing in ${BENCH_OUT}`);
  return found;
}

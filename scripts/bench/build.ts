import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The bench builds Pacer into its own folders (never `.output/chrome-mv3-demo`, which the e2e
 * tests of other work may be using): the demo build that Chromium loads, and the store build
 * with its zip (`wxt zip`) for the size measures. Each build runs WXT's JS API in a child
 * process (`build-child.ts`), so Vite's state never leaks into the bench.
 */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BENCH_OUT = join(ROOT, '.output', 'bench');

export interface Builds {
  /** Unpacked demo build (store build + the loopback demo hosts). */
  demoDir: string;
  /** Unpacked store build. */
  storeDir: string;
  /** The store zip `wxt zip` made. */
  zipFile: string;
}

function run(kind: 'demo' | 'zip'): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'build-child.ts'), kind, BENCH_OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...(kind === 'demo' ? { PACER_DEMO: '1' } : {}) },
  });
  // Quiet unless it fails: the bench prints its own progress.
  if (r.status !== 0) throw new Error(`the ${kind} build failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}

export function locateBuilds(): Builds | null {
  const demoDir = join(BENCH_OUT, 'chrome-mv3-demo');
  const storeDir = join(BENCH_OUT, 'chrome-mv3');
  const zip = existsSync(BENCH_OUT) ? readdirSync(BENCH_OUT).find((f) => /-chrome(-mv3)?\.zip$/.test(f)) : undefined;
  if (!existsSync(join(demoDir, 'manifest.json')) || !existsSync(join(storeDir, 'manifest.json')) || !zip) return null;
  return { demoDir, storeDir, zipFile: join(BENCH_OUT, zip) };
}

/** Builds both (unless `reuse` and they exist): the store build + zip first, then the demo build. */
export function ensureBuilds(reuse: boolean): Builds {
  if (reuse) {
    const found = locateBuilds();
    if (found) return found;
  }
  run('zip');
  run('demo');
  const found = locateBuilds();
  if (!found) throw new Error(`builds missing in ${BENCH_OUT}`);
  return found;
}

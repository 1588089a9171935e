import { spawn } from 'node:child_process';

/**
 * `node --import tsx scripts/run-parallel.ts SCRIPT…`: runs the named npm scripts side by side
 * (`npm test` runs the type check, lint and the e2e build this way: each is mostly one core, and
 * CI machines have two or more), then prints each one's output whole, in the order given, with
 * its duration. Exits 1 if any failed, after all have finished (so every error is shown).
 */
const names = process.argv.slice(2);
if (names.length === 0) throw new Error('usage: run-parallel.ts SCRIPT [SCRIPT…]');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Done { name: string; code: number | null; output: string; seconds: number }

function run(name: string): Promise<Done> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (b: Buffer) => { output += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { output += b.toString(); });
    child.on('error', (e) => resolve({ name, code: 1, output: `${output}${String(e)}\n`, seconds: (Date.now() - t0) / 1000 }));
    child.on('close', (code) => resolve({ name, code, output, seconds: (Date.now() - t0) / 1000 }));
  });
}

const results = await Promise.all(names.map(run));
for (const r of results) {
  const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code})`;
  process.stdout.write(`\n> npm run ${r.name}: ${status} in ${r.seconds.toFixed(0)} s\n${r.output.trimEnd()}${r.output.trim() ? '\n' : ''}`);
}
if (results.some((r) => r.code !== 0)) process.exit(1);

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { Measure } from './measure';
import type { PhaseTime } from './phases';

/** The machine the figures come from (they mean little without it), load average included. */
export function machineDescription(chromiumVersion: string | null): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const mem = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${cpu} x${cpus().length}, ${mem}, Node ${process.version}${chromiumVersion ? `, ${chromiumVersion}` : ''}, load ${load}`;
}

/** The issue's shape (machine, measures), plus where the run's time went (phases, total seconds). */
export function writeResults(file: string, machine: string, measures: readonly Measure[], time?: { phases: readonly PhaseTime[]; totalSeconds: number }): void {
  mkdirSync(dirname(file), { recursive: true });
  const out = { machine, date: new Date().toISOString(), measures: measures.map(({ label: _label, ...m }) => m), ...(time ? { phases: time.phases, totalSeconds: time.totalSeconds } : {}) };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}

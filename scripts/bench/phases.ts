/**
 * Where the bench's wall-clock time goes (issue #10: the whole run must fit in 5 minutes):
 * every phase (build, each measure family, seeding…) is timed and printed under the table,
 * and progress lines carry the time since the start, so a slow step shows where it is.
 */
export interface PhaseTime { name: string; seconds: number }

export class Phases {
  readonly started = Date.now();
  readonly list: PhaseTime[] = [];

  /** Seconds since the bench started, for progress lines. */
  elapsed(): string {
    return `${((Date.now() - this.started) / 1000).toFixed(0).padStart(4)} s`;
  }

  async time<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      this.list.push({ name, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)) });
    }
  }

  totalSeconds(): number {
    return Number(((Date.now() - this.started) / 1000).toFixed(1));
  }

  render(): string {
    const width = Math.max(5, ...this.list.map((p) => p.name.length));
    const rows = this.list.map((p) => `  ${p.name.padEnd(width)}  ${p.seconds.toFixed(1).padStart(6)} s`);
    return ['phases:', ...rows, `  ${'total'.padEnd(width)}  ${this.totalSeconds().toFixed(1).padStart(6)} s`].join('\n');
  }
}

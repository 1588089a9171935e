import { performance } from 'node:perf_hooks';
import { computeFirstWon, firstWonMap } from '../../lib/db/first-won';
import { defaultSettings } from '../../lib/domain/settings';
import { currentPeriod } from '../../lib/periods';
import { buildReport, type EngineData } from '../../lib/report';
import { makeMeasure, pairRuns, type Measure } from './measure';
import { BENCH_TODAY, syntheticEngineData } from './synthetic';

/**
 * Measure 6, in Node: the engine over 100k deals (team + 10 reps, one quarter, with a stage
 * history and goals), with the inputs the product gives it (lib/db/engine-data.ts): the deals and
 * the database's first-won aggregate (kept on each write, so computed here before timing). The
 * product loads only the deals near the periods plus the open ones; this measure gives all 100k.
 * The same report without the aggregate is printed as information. Baseline: one bare pass over
 * the same deals summing won revenue per owner in the quarter, the least work any report of the
 * quarter must do.
 */
export async function engineMeasures(o: { quick: boolean }): Promise<Measure[]> {
  const n = 100_000;
  const settings = defaultSettings();
  const quarter = currentPeriod('quarter', BENCH_TODAY, settings);
  const period = quarter.label;
  const { deals, observations, goals } = syntheticEngineData(n, period);
  const bare: EngineData = { deals, observations, goals, csat: [], settings };
  const data: EngineData = { ...bare, firstWonByAccount: firstWonMap(computeFirstWon(deals).values()) };
  const baseline = () => {
    const t0 = performance.now();
    const byOwner = new Map<string, number>();
    for (const d of deals) {
      if (d.status !== 'won' || !d.closeDate || d.closeDate < quarter.start || d.closeDate > quarter.end) continue;
      const k = d.owner ?? '';
      byOwner.set(k, (byOwner.get(k) ?? 0) + (d.amount ?? 0));
    }
    if (byOwner.size < 0) throw new Error('unreachable');
    return performance.now() - t0;
  };
  let scopes = 0;
  let points = 0;
  const full = () => {
    const t0 = performance.now();
    const r = buildReport(data, { today: BENCH_TODAY, period, lang: 'en' });
    const ms = performance.now() - t0;
    scopes = r.scopes.length;
    points = r.scopes.reduce((s, x) => s + x.talkingPoints.length, 0);
    return ms;
  };
  const noAggregate = () => {
    const t0 = performance.now();
    buildReport(bare, { today: BENCH_TODAY, period, lang: 'en' });
    return performance.now() - t0;
  };
  const teamTable = () => {
    const t0 = performance.now();
    buildReport(data, { today: BENCH_TODAY, period, lang: 'en', talkingPoints: false });
    return performance.now() - t0;
  };
  const runs = o.quick ? 5 : 15;
  const r = await pairRuns(full, baseline, { warmup: 3, runs });
  const lean = await pairRuns(teamTable, baseline, { warmup: 2, runs });
  const alone = await pairRuns(noAggregate, baseline, { warmup: 2, runs });
  return [
    makeMeasure({
      id: 'engine-100k-quarter',
      label: 'buildReport: 100k deals, team + 10 reps, one quarter, talking points included (Node)',
      unit: 'ms',
      samples: r.pacer,
      baseline: r.baseline,
      goal: { kind: 'value-max', max: 50 },
      notes: { deals: n, observations: observations.length, scopes, talkingPoints: points },
    }),
    makeMeasure({
      id: 'engine-100k-team-table',
      label: "the same without talking points (what the popup's team table asks for)",
      unit: 'ms',
      samples: lean.pacer,
      baseline: lean.baseline,
      goal: { kind: 'none' },
    }),
    makeMeasure({
      id: 'engine-100k-quarter-no-aggregate',
      label: 'the full report from the 100k deals alone (no first-won aggregate: every won deal\'s account read)',
      unit: 'ms',
      samples: alone.pacer,
      baseline: alone.baseline,
      goal: { kind: 'none' },
    }),
  ];
}

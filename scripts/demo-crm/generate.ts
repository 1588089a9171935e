import { addDays, daysBetween } from './dates';
import {
  AMOUNT_RANGE, DEMO_ACCOUNTS, DEMO_PRODUCTS, DEMO_REPS, DEMO_STAGES, OPEN_STAGES,
  type DemoCurrency, type DemoRep, type DemoStage,
} from './data';
import { createRng, type Rng } from './prng';

export interface DemoDeal {
  id: string;
  name: string;
  account: string;
  owner: string;
  amount: number | null;
  currency: DemoCurrency;
  stage: DemoStage;
  status: 'open' | 'won' | 'lost';
  closeDate: string;
  createdDate: string;
  probability: number;
}

export interface GenerateOptions {
  /** YYYY-MM-DD the data is anchored to (deals span the 18 months before it and a few months after). */
  today: string;
  seed?: number;
  count?: number;
}

export const DEFAULT_SEED = 20261127;
export const DEFAULT_COUNT = 300;
const HISTORY_DAYS = 548; // 18 months

function pickRep(rng: Rng): DemoRep {
  const total = DEMO_REPS.reduce((s, r) => s + r.weight, 0);
  let x = rng.next() * total;
  for (const rep of DEMO_REPS) {
    x -= rep.weight;
    if (x < 0) return rep;
  }
  return DEMO_REPS[DEMO_REPS.length - 1] as DemoRep;
}

function pickAmount(rng: Rng, currency: DemoCurrency): number {
  const { min, max, step } = AMOUNT_RANGE[currency];
  // Skewed towards smaller deals, like real pipelines: a few large ones, many small ones.
  const raw = min + (max - min) * rng.next() ** 2.2;
  return Math.round(raw / step) * step;
}

const stageProbability = (stage: DemoStage): number =>
  DEMO_STAGES.find((s) => s.label === stage)?.probability ?? 0;

/**
 * Deterministic demo deals: the same options give the same deals on every machine. Closed deals
 * (won or lost by the rep's win rate) have a close date in the past; open ones mostly in the future,
 * with a handful slipped (close date passed, still open) as in every real pipeline.
 */
export function generateDemoDeals(o: GenerateOptions): DemoDeal[] {
  const rng = createRng(o.seed ?? DEFAULT_SEED);
  const count = o.count ?? DEFAULT_COUNT;
  const deals: DemoDeal[] = [];
  for (let i = 0; i < count; i++) {
    const rep = pickRep(rng);
    const account = rng.pick(DEMO_ACCOUNTS);
    const createdDate = addDays(o.today, -rng.int(3, HISTORY_DAYS));
    const cycle = rng.int(14, 150);
    let closeDate = addDays(createdDate, cycle);
    let stage: DemoStage;
    let status: DemoDeal['status'];
    if (closeDate < o.today && !rng.chance(0.06)) {
      status = rng.chance(rep.winRate) ? 'won' : 'lost';
      stage = status === 'won' ? 'Closed Won' : 'Closed Lost';
    } else {
      status = 'open';
      // The further along its cycle, the later the stage.
      const progress = Math.min(1, Math.max(0, daysBetween(createdDate, o.today) / cycle));
      stage = OPEN_STAGES[Math.min(OPEN_STAGES.length - 1, Math.floor(progress * OPEN_STAGES.length))] as DemoStage;
      if (closeDate >= o.today && rng.chance(0.15)) closeDate = addDays(closeDate, rng.int(10, 60));
    }
    let probability = stageProbability(stage);
    if (status === 'open' && rng.chance(0.2)) probability = Math.min(95, Math.max(5, probability + rng.pick([-10, -5, 5, 10, 15])));
    deals.push({
      id: `D-${10001 + i}`,
      name: `${account.name} – ${rng.pick(DEMO_PRODUCTS)}`,
      account: account.name,
      owner: rep.name,
      // Real CRMs have the odd deal without an amount yet.
      amount: rng.chance(0.015) ? null : pickAmount(rng, account.currency),
      currency: account.currency,
      stage,
      status,
      closeDate,
      createdDate,
      probability,
    });
  }
  // Newest close dates first, as a "recently closing" list view sorts them.
  return deals.sort((a, b) => (a.closeDate < b.closeDate ? 1 : a.closeDate > b.closeDate ? -1 : a.id.localeCompare(b.id)));
}

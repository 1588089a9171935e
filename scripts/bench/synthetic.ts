import type { Deal, ExtractedDeal } from '../../lib/domain/deal';
import type { Goal } from '../../lib/domain/goal';
import type { Observation } from '../../lib/domain/observation';

/**
 * Deterministic synthetic deals for the store, popup and engine measures: 10 reps, a few
 * thousand accounts, close dates from three years back to half a year ahead, every status, several
 * currencies. Same seed → same data, so runs compare.
 */
/** Today (local): the popup reports the current quarter, so the data centres on the real date. */
export const BENCH_TODAY = new Date().toLocaleDateString('en-CA');
export const REPS = ['Ava Chen', 'Ben Ortiz', 'Chloé Martin', 'Daichi Sato', 'Elena Rossi', 'Farah Khan', 'Gus Lindqvist', 'Hana Kim', 'Ivan Petrov', 'Jun Wang'];
const STAGES_OPEN = ['Prospecting', 'Qualification', 'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `n` deals as a content script would send them (crm 'salesforce', ids unique per `prefix`). */
export function syntheticExtracted(n: number, o: { seed?: number; prefix?: string } = {}): ExtractedDeal[] {
  const rnd = prng(o.seed ?? 42);
  const todayMs = Date.parse(`${BENCH_TODAY}T00:00:00Z`);
  const out: ExtractedDeal[] = [];
  for (let i = 0; i < n; i++) {
    // Three years of history and half a year of pipeline: future deals are open, past ones
    // mostly closed (5 % still open past their close date, as real pipelines have).
    const close = todayMs + Math.floor((rnd() * 3.5 - 3) * 365) * DAY;
    const created = close - Math.floor(10 + rnd() * 120) * DAY;
    const r = rnd();
    const status = close > todayMs ? 'open' : r < 0.5 ? 'won' : r < 0.95 ? 'lost' : 'open';
    const stage = status === 'won' ? 'Closed Won' : status === 'lost' ? 'Closed Lost' : STAGES_OPEN[Math.floor(rnd() * STAGES_OPEN.length)]!;
    const id = `${o.prefix ?? 'b'}${i.toString(36).padStart(8, '0')}`;
    out.push({
      crm: 'salesforce',
      sourceId: id,
      name: `Account ${i % 4000} - Deal ${i}`,
      account: `Account ${i % 4000}`,
      owner: REPS[i % REPS.length]!,
      amount: Math.round(1000 + rnd() * 200_000),
      currency: 'USD',
      stage,
      status,
      closeDate: iso(close),
      createdDate: iso(created),
      probability: status === 'won' ? 100 : status === 'lost' ? 0 : Math.round(rnd() * 90),
      url: `https://bench.lightning.force.com/lightning/r/Opportunity/${id}/view`,
    });
  }
  return out;
}

/** The same deals as stored, plus a stage history for a third of them and goals per rep for `period`. */
export function syntheticEngineData(n: number, period: string): { deals: Deal[]; observations: Observation[]; goals: Goal[] } {
  const seenAt = `${BENCH_TODAY}T08:00:00.000Z`;
  const deals: Deal[] = syntheticExtracted(n).map((d) => ({
    crm: d.crm, sourceId: d.sourceId, name: d.name, account: d.account ?? null, owner: d.owner ?? null, amount: d.amount ?? null,
    currency: d.currency ?? null, stage: d.stage ?? null, status: d.status ?? 'open', closeDate: d.closeDate ?? null,
    createdDate: d.createdDate ?? null, probability: d.probability ?? null, url: d.url ?? null, firstSeenAt: seenAt, lastSeenAt: seenAt,
  }));
  const observations: Observation[] = [];
  deals.forEach((d, i) => {
    if (i % 3 !== 0 || !d.createdDate) return;
    observations.push({ crm: d.crm, sourceId: d.sourceId, at: `${d.createdDate}T09:00:00.000Z`, stage: 'Prospecting', status: 'open', amount: d.amount, closeDate: d.closeDate });
    observations.push({ crm: d.crm, sourceId: d.sourceId, at: `${d.closeDate ?? d.createdDate}T09:00:00.000Z`, stage: d.stage, status: d.status, amount: d.amount, closeDate: d.closeDate });
  });
  const createdAt = `${BENCH_TODAY}T00:00:00.000Z`;
  const goals: Goal[] = [
    { id: 'g-team', scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'absolute', value: 5_000_000 }, period, parentId: null, createdAt },
    ...REPS.map((owner, i): Goal => ({ id: `g-${i}`, scope: 'rep', owner, metric: 'revenueWon', target: { kind: 'absolute', value: 500_000 }, period, parentId: 'g-team', createdAt })),
  ];
  // As read back from IndexedDB (structured clone): flat strings, no shared template pieces.
  return structuredClone({ deals, observations, goals });
}

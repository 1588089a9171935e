import { dealKey, type Deal } from '../domain/deal';
import type { EngineData } from '../report';
import type { PacerDb } from './app-db';
import { fromRow } from './deal-row';
import { firstWonMap } from './first-won';
import { observationsOf } from './observations';
import { getSettings } from './settings';

export interface LoadRange {
  /** The earliest date the caller needs (e.g. the start of the 4 periods before, for SMART Achievable). */
  start: string;
  end: string;
  /** Today: slipped = open with closeDate < today; included through the open deals below. */
  today: string;
}

/**
 * What the engines need for periods within [start, end], read with indexed queries only:
 * - deals with closeDate in [start, end] (index closeDate),
 * - every open deal (index status): slipped (closeDate < today) and stalled are "as of today",
 *   not of a period, so they come whatever their closeDate,
 * - deals without a closeDate (sparse index `undated`, for basis.missingCloseDate),
 * - observations of the open deals only (index [crm+sourceId]; stalled needs their history),
 * - goals, csat, settings and the accountFirstWon aggregate (small tables).
 * Closed deals outside the range are never read: newCustomers/repeatCustomers use
 * firstWonByAccount instead.
 */
export async function loadEngineData(db: PacerDb, range: LoadRange): Promise<EngineData> {
  const { start, end } = range;
  return db.transaction('r', [db.deals, db.observations, db.goals, db.csat, db.meta, db.accountFirstWon], async () => {
    const [inRange, open, undated, goals, csat, settings, firstWon] = await Promise.all([
      start <= end ? db.deals.where('closeDate').between(start, end, true, true).toArray() : [],
      db.deals.where('status').equals('open').toArray(),
      db.deals.where('undated').equals(1).toArray(),
      db.goals.toArray(),
      db.csat.toArray(),
      getSettings(db),
      db.accountFirstWon.toArray(),
    ]);
    const deals = new Map<string, Deal>();
    for (const row of [...inRange, ...open, ...undated]) deals.set(dealKey(row), fromRow(row));
    const observations = await observationsOf(db, open.map(fromRow));
    return {
      deals: [...deals.values()],
      observations,
      goals,
      csat,
      settings,
      firstWonByAccount: firstWonMap(firstWon),
    };
  });
}

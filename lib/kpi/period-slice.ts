import type { PeriodRange } from '../domain/report';
import { newCustomerCredit } from './customers';
import type { PreparedDeal } from './prepare';

/** `YYYY-MM-DDTHH:MM:SS.sssZ` (how Pacer stores times): same layout and zone, so string order is time order. */
const utcMillisStamp = (s: string): boolean =>
  s.length === 24 && s.charCodeAt(23) === 90 && s.charCodeAt(10) === 84 && s.charCodeAt(19) === 46;

/**
 * What a scope's basis counts over its deals in a period apart from the pipeline
 * (kpi-definitions.md): amounts missing or not convertible, and the oldest read (the earliest
 * lastSeenAt, compared as instants, returned as stored; the first of equal instants wins).
 * Filled as the deal index drops each deal into its slice, while the stored deal is at hand:
 * the per-scope loops then never fetch a deal's lastSeenAt string (a cache miss per deal and
 * scope with 100k deals in memory), and prepared deals need not carry it.
 */
export class SliceBasis {
  missingAmount = 0;
  missingRate = 0;
  oldestSeen: string | null = null;

  add(d: PreparedDeal, seen: string, utc: boolean): void {
    if (d.amountBase === null) {
      if (d.money === 'missing-amount') this.missingAmount++;
      else this.missingRate++;
    }
    const oldest = this.oldestSeen;
    // Two UTC stamps of the usual shape compare as strings; anything else as instants.
    if (oldest !== null && utc && utcMillisStamp(oldest)) {
      if (seen < oldest) this.oldestSeen = seen;
      return;
    }
    if (Date.parse(seen) < (oldest === null ? Infinity : Date.parse(oldest))) this.oldestSeen = seen;
  }
}

/** The deals closing in one period, bucketed by owner, with each scope's basis counts. */
export class PeriodSlice {
  readonly all: PreparedDeal[] = [];
  readonly byOwner = new Map<string | null, PreparedDeal[]>();
  /** The team's basis counts over `all`. */
  readonly basis = new SliceBasis();
  /** Each owner's, over `byOwner`'s list (null = the ownerless deals). */
  readonly basisByOwner = new Map<string | null, SliceBasis>();
  private _credit: Map<string, PreparedDeal> | undefined;

  constructor(readonly range: PeriodRange) {}

  /** Each owner's list and basis together: one probe per deal finds both. */
  private readonly buckets = new Map<string | null, { list: PreparedDeal[]; basis: SliceBasis }>();

  /** Appends a deal closing in the range (owner as normalized). O(1): one small-map probe. */
  add(d: PreparedDeal, owner: string | null): void {
    this.all.push(d);
    const seen = d.deal.lastSeenAt;
    const utc = utcMillisStamp(seen);
    this.basis.add(d, seen, utc);
    let b = this.buckets.get(owner);
    if (b === undefined) {
      this.buckets.set(owner, (b = { list: [], basis: new SliceBasis() }));
      this.byOwner.set(owner, b.list);
      this.basisByOwner.set(owner, b.basis);
    }
    b.list.push(d);
    b.basis.add(d, seen, utc);
  }

  /**
   * account → its earliest won deal in this period, whose owner is credited with the new
   * customer. Computed on first read: a report reads it for P and the previous period only, not
   * for the last 14 days.
   */
  get credit(): Map<string, PreparedDeal> {
    return (this._credit ??= newCustomerCredit(this.all));
  }
}

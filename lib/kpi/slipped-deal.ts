import type { Deal } from '../domain/deal';
import { PreparedDeal, type Preparer } from './prepare';

/**
 * An open deal past its close date, with the days overdue. Prepared on the first read of `deal`:
 * most slipped deals close outside the report's periods (about 3.7k of 4.3k on the bench data),
 * only their count and the ranking by amount are needed, and only the ≤ 10 largest a talking
 * point names are ever shown. The ranking reads `amountBase`, converted up front (no allocation).
 */
export class SlippedDeal {
  constructor(
    private readonly stored: Deal,
    private readonly owner: string | null,
    /** The deal's amountBase (what `deal.amountBase` will be). */
    readonly amountBase: number | null,
    readonly days: number,
    /** The prepared deal when the index already had it, else how to prepare it. */
    private prepared: PreparedDeal | Preparer,
  ) {}

  get deal(): PreparedDeal {
    const p = this.prepared;
    return p instanceof PreparedDeal ? p : (this.prepared = p(this.stored, this.owner));
  }
}

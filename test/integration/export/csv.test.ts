import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../lib/domain/snapshot';
import { csvCell, SNAPSHOT_CSV_COLUMNS, snapshotsToCsv } from '../../../lib/export/csv';

const kpis = {
  revenueWon: 1250000.5, dealsWon: 3, dealsLost: 1, winRate: 0.75, avgDealSize: null, newCustomers: 1, repeatCustomers: 0,
  salesCycleDays: 30.5, openPipeline: 0, weightedPipeline: 0, forecast: 1250000.5, slippedDeals: 2, stalledDeals: null, csat: null,
};
const snap = (over: Partial<Snapshot>): Snapshot => ({
  id: 'x', takenOn: '2026-11-27', takenAt: '2026-11-27T08:00:00.000Z', kind: 'auto', label: null,
  period: { label: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' }, scope: 'team', owner: null,
  currency: 'USD', kpis, basis: { deals: 4, missingAmount: 0, missingRate: 0, missingCloseDate: 1, missingProbability: 0, oldestSeen: null }, ...over,
});

describe('snapshots CSV', () => {
  it('starts with a BOM, has the documented header and one CRLF row per snapshot, team first', () => {
    const csv = snapshotsToCsv([snap({ id: 'b', scope: 'rep', owner: '陳美玲' }), snap({ id: 'a' })]);
    expect(csv.startsWith('\uFEFFtakenOn,takenAt,kind,label,scope,owner,period,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, 2 rows, trailing empty
    expect(lines[0]!.split(',')).toEqual([...SNAPSHOT_CSV_COLUMNS]);
    expect(lines[1]).toBe('2026-11-27,2026-11-27T08:00:00.000Z,auto,,team,,2026-Q4,quarter,2026-10-01,2026-12-31,USD,1250000.5,3,1,0.75,,1,0,30.5,0,0,1250000.5,2,,,4,0,0,1,0,');
    expect(lines[2]).toContain(',rep,陳美玲,');
    expect(lines[3]).toBe('');
  });

  it('defuses formulas and quotes properly', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Chen, Maria')).toBe('"Chen, Maria"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5'); // numbers stay numbers
    expect(csvCell(null)).toBe('');
    const csv = snapshotsToCsv([snap({ kind: 'manual', label: '=cmd|calc' })]);
    expect(csv).toContain(",manual,'=cmd|calc,");
  });
});

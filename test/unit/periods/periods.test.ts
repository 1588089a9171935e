import { describe, expect, it } from 'vitest';
import {
  currentPeriod, lastYearPeriod, nextPeriod, periodDays, periodsBefore, previousPeriod, resolvePeriod, sameRange,
} from '../../../lib/periods';
import { toIso } from '../../../lib/periods/dates';

const cal = { fiscalYearStartMonth: 1, fiscalYearNamedBy: 'end' } as const;
const feb = { fiscalYearStartMonth: 2, fiscalYearNamedBy: 'end' } as const;
const aprStart = { fiscalYearStartMonth: 4, fiscalYearNamedBy: 'start' } as const;
const aprEnd = { fiscalYearStartMonth: 4, fiscalYearNamedBy: 'end' } as const;
const range = (p: { start: string; end: string }) => `${p.start}..${p.end}`;

describe('resolvePeriod', () => {
  it('reads calendar-year quarters, months, years and custom ranges', () => {
    expect(resolvePeriod('2026-Q4', cal)).toEqual({ label: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' });
    expect(resolvePeriod('2026-11', cal)).toEqual({ label: '2026-11', kind: 'month', start: '2026-11-01', end: '2026-11-30' });
    expect(resolvePeriod('FY2026', cal)).toMatchObject({ kind: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(resolvePeriod('2026-10-01..2026-12-31', cal)).toMatchObject({ kind: 'custom', start: '2026-10-01', end: '2026-12-31' });
    expect(resolvePeriod(' fy2026 ', cal).label).toBe('FY2026');
    expect(resolvePeriod('2026-q1', cal).label).toBe('2026-Q1');
  });

  it('names a February fiscal year by its end year', () => {
    expect(range(resolvePeriod('FY2027', feb))).toBe('2026-02-01..2027-01-31');
    expect(range(resolvePeriod('2027-Q1', feb))).toBe('2026-02-01..2026-04-30');
    expect(range(resolvePeriod('2027-Q4', feb))).toBe('2026-11-01..2027-01-31');
    // months stay calendar months
    expect(range(resolvePeriod('2027-01', feb))).toBe('2027-01-01..2027-01-31');
  });

  it('names an April fiscal year by its start or by its end', () => {
    expect(range(resolvePeriod('FY2026', aprStart))).toBe('2026-04-01..2027-03-31');
    expect(range(resolvePeriod('FY2026', aprEnd))).toBe('2025-04-01..2026-03-31');
    expect(range(resolvePeriod('2026-Q4', aprStart))).toBe('2027-01-01..2027-03-31');
    expect(range(resolvePeriod('2026-Q4', aprEnd))).toBe('2026-01-01..2026-03-31');
  });

  it('knows leap years', () => {
    expect(resolvePeriod('2024-02', cal).end).toBe('2024-02-29');
    expect(resolvePeriod('2026-02', cal).end).toBe('2026-02-28');
    expect(resolvePeriod('2100-02', cal).end).toBe('2100-02-28');
    expect(resolvePeriod('2000-02', cal).end).toBe('2000-02-29');
    expect(periodDays(resolvePeriod('FY2024', cal))).toBe(366);
  });

  it.each(['', '2026-Q5', '2026-13', 'FY26', '2026-02-30..2026-03-01', '2026-12-31..2026-10-01', 'Q4 2026', '2026-00'])(
    'throws RangeError on %j',
    (label) => {
      expect(() => resolvePeriod(label, cal)).toThrow(RangeError);
    },
  );
});

describe('currentPeriod', () => {
  it('finds the fiscal quarter and year containing today', () => {
    expect(currentPeriod('quarter', '2026-11-27', cal).label).toBe('2026-Q4');
    expect(currentPeriod('quarter', '2027-01-15', feb)).toMatchObject({ label: '2027-Q4', start: '2026-11-01' });
    expect(currentPeriod('quarter', '2026-02-01', feb).label).toBe('2027-Q1');
    expect(currentPeriod('year', '2026-03-31', aprStart).label).toBe('FY2025');
    expect(currentPeriod('year', '2026-04-01', aprStart).label).toBe('FY2026');
    expect(currentPeriod('month', '2024-02-29', cal)).toMatchObject({ label: '2024-02', end: '2024-02-29' });
  });
});

describe('previous, next and last-year periods', () => {
  it('steps across year boundaries', () => {
    expect(previousPeriod(resolvePeriod('2026-Q1', cal), cal).label).toBe('2025-Q4');
    expect(nextPeriod(resolvePeriod('2026-Q4', cal), cal).label).toBe('2027-Q1');
    expect(previousPeriod(resolvePeriod('2026-01', cal), cal).label).toBe('2025-12');
    expect(previousPeriod(resolvePeriod('2027-Q1', feb), feb)).toMatchObject({ label: '2026-Q4', start: '2025-11-01', end: '2026-01-31' });
    expect(previousPeriod(resolvePeriod('FY2026', aprStart), aprStart).label).toBe('FY2025');
  });

  it('gives a custom range the adjacent range of the same length', () => {
    const p = resolvePeriod('2026-03-01..2026-03-10', cal);
    expect(range(previousPeriod(p, cal))).toBe('2026-02-19..2026-02-28');
    expect(range(nextPeriod(p, cal))).toBe('2026-03-11..2026-03-20');
    expect(previousPeriod(p, cal).kind).toBe('custom');
  });

  it('finds the same period a year earlier', () => {
    expect(lastYearPeriod(resolvePeriod('2026-Q4', cal), cal).label).toBe('2025-Q4');
    expect(lastYearPeriod(resolvePeriod('2027-Q1', feb), feb)).toMatchObject({ label: '2026-Q1', start: '2025-02-01' });
    expect(lastYearPeriod(resolvePeriod('2024-02', cal), cal).end).toBe('2023-02-28');
    expect(range(lastYearPeriod(resolvePeriod('2024-02-29..2024-03-31', cal), cal))).toBe('2023-02-28..2023-03-31');
  });

  it('lists the four periods before, nearest first', () => {
    expect(periodsBefore(resolvePeriod('2026-Q2', cal), 4, cal).map((p) => p.label)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2']);
  });

  it('compares ranges, not labels', () => {
    expect(sameRange(resolvePeriod('2026-Q4', cal), resolvePeriod('2026-10-01..2026-12-31', cal))).toBe(true);
  });
});

describe('toIso', () => {
  it('gives the local calendar date as YYYY-MM-DD, zero-padded, across month ends and DST changes', () => {
    expect(toIso(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
    expect(toIso(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
    expect(toIso(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
    expect(toIso(new Date(2026, 2, 29, 2, 30))).toBe('2026-03-29');
    const early = new Date(2026, 5, 3);
    early.setFullYear(987);
    expect(toIso(early)).toBe('0987-06-03');
  });
});

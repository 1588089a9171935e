import { describe, expect, it } from 'vitest';
import { csvGoalId, parseGoalsCsv, parseTarget, splitCsv } from '../../../lib/goals/csv';

const settings = { fiscalYearStartMonth: 1, fiscalYearNamedBy: 'end' as const };
const now = '2026-11-01T09:00:00.000Z';
const parse = (text: string) => parseGoalsCsv(text, { settings, now });

describe('parseTarget', () => {
  it('reads percentages as relative and plain numbers as absolute', () => {
    expect(parseTarget('+10%')).toEqual({ kind: 'relative', percent: 10 });
    expect(parseTarget('-5 %')).toEqual({ kind: 'relative', percent: -5 });
    expect(parseTarget('−2.5%')).toEqual({ kind: 'relative', percent: -2.5 });
    expect(parseTarget('15%')).toEqual({ kind: 'relative', percent: 15 });
    expect(parseTarget('1,200,000')).toEqual({ kind: 'absolute', value: 1_200_000 });
    expect(parseTarget('$250000')).toEqual({ kind: 'absolute', value: 250_000 });
    expect(parseTarget('0.4')).toEqual({ kind: 'absolute', value: 0.4 });
  });
  it('rejects what is not a target', () => {
    for (const bad of ['', 'ten', '1,2,3', '-100', '-150%', '12%%', '1.2.3']) expect(parseTarget(bad), bad).toBeNull();
  });
});

describe('splitCsv', () => {
  it('handles quotes, doubled quotes, separators and newlines inside fields', () => {
    expect(splitCsv('a,"b, c","say ""hi""\nthere"\r\n1,2,3', ',')).toEqual([['a', 'b, c', 'say "hi"\nthere'], ['1', '2', '3']]);
  });
});

describe('parseGoalsCsv', () => {
  it('makes one goal per row: columns in any order, team rows, relative and absolute targets', () => {
    const r = parse('metric,target,rep,period\nrevenueWon,+10%,,2026-Q4\nnew customers,20,Maria Chen,2026-q4\nwinRate,0.4,team,FY2026\n');
    expect(r.errors).toEqual([]);
    expect(r.goals).toEqual([
      { id: csvGoalId(null, '2026-Q4', 'revenueWon'), scope: 'team', owner: null, metric: 'revenueWon', target: { kind: 'relative', percent: 10 }, period: '2026-Q4', parentId: null, createdAt: now },
      { id: csvGoalId('Maria Chen', '2026-Q4', 'newCustomers'), scope: 'rep', owner: 'Maria Chen', metric: 'newCustomers', target: { kind: 'absolute', value: 20 }, period: '2026-Q4', parentId: null, createdAt: now },
      { id: csvGoalId(null, 'FY2026', 'winRate'), scope: 'team', owner: null, metric: 'winRate', target: { kind: 'absolute', value: 0.4 }, period: 'FY2026', parentId: null, createdAt: now },
    ]);
  });

  it('reads semicolon sheets with a BOM and "owner" for rep (a European spreadsheet export)', () => {
    const r = parse('\uFEFFOwner;Period;Metric;Target\r\n"Chen, Maria";2026-11;avgDealSize;"12,500"\r\n');
    expect(r.errors).toEqual([]);
    expect(r.goals[0]).toMatchObject({ owner: 'Chen, Maria', period: '2026-11', metric: 'avgDealSize', target: { kind: 'absolute', value: 12_500 } });
  });

  it('names the line and column of every problem and keeps the good rows', () => {
    const r = parse('rep,period,metric,target\nAna,2026-Q5,revenueWon,100\nBo,2026-Q4,revenue won,ten\nCy,2026-Q4,happiness,5\n\nDi,2026-Q4,dealsWon,3\nDi,2026-Q4,dealsWon,4\n');
    expect(r.errors).toEqual([
      { path: '2:period', reason: 'options.csv.err.period' },
      { path: '3:target', reason: 'options.csv.err.target' },
      { path: '4:metric', reason: 'options.csv.err.metric' },
      { path: '7:metric', reason: 'options.csv.err.duplicate' },
    ]);
    expect(r.goals.map((g) => [g.owner, g.metric, g.target])).toEqual([['Di', 'dealsWon', { kind: 'absolute', value: 3 }]]);
  });

  it('reports each missing column and makes no goals', () => {
    const r = parse('rep,metric\nAna,revenueWon\n');
    expect(r.goals).toEqual([]);
    expect(r.errors).toEqual([{ path: '1:period', reason: 'options.csv.err.missingColumn' }, { path: '1:target', reason: 'options.csv.err.missingColumn' }]);
  });

  it('gives the same id to the same rep, period and metric (re-import updates), different ids otherwise', () => {
    expect(csvGoalId('Ana', '2026-Q4', 'revenueWon')).toBe(csvGoalId('Ana', '2026-Q4', 'revenueWon'));
    expect(csvGoalId('Ana', '2026-Q4', 'revenueWon')).not.toBe(csvGoalId('Bo', '2026-Q4', 'revenueWon'));
    expect(csvGoalId('Ana', '2026-Q4', 'revenueWon')).not.toBe(csvGoalId(null, '2026-Q4', 'revenueWon'));
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../../lib/domain/backup';
import { reportSchema, type Report } from '../../../lib/domain/report';
import { buildReport, checkGoal, renderAgenda } from '../../../lib/report';
import { ArgError, parseReportArgs } from '../../../scripts/report-args';

const dir = join(__dirname, '../../fixtures/backups');
const backup = backupSchema.parse(JSON.parse(readFileSync(join(dir, 'sample-backup.json'), 'utf8')));

interface ExpectedScope {
  owner: string | null;
  kpis: Record<string, number | null>;
  previous: Record<string, number | null>;
  basis: Record<string, number | string | null>;
  goals: Record<string, unknown>[];
  talkingPointRules: string[];
}
const expected = JSON.parse(readFileSync(join(dir, 'sample-report.2026-Q4.json'), 'utf8')) as { scopes: ExpectedScope[] } & Record<string, unknown>;

/**
 * Documented exceptions to the expected file, where it disagrees with the spec. None so far:
 * every KPI, basis count, goal field and fired-rule set of the sample agrees.
 */
const EXCEPTIONS: Record<string, string> = {};

function compare(report: Report): void {
  expect(report.today).toBe(expected.today);
  expect(report.period).toMatchObject(expected.period as object);
  expect(report.previousPeriod).toMatchObject(expected.previousPeriod as object);
  expect(report.currency).toBe(expected.currency);
  expect(report.scopes.map((s) => s.owner)).toEqual(expected.scopes.map((s) => s.owner));
  for (const [i, exp] of expected.scopes.entries()) {
    const got = report.scopes[i]!;
    const who = exp.owner ?? 'team';
    for (const section of ['kpis', 'previous', 'basis'] as const) {
      for (const [k, v] of Object.entries(exp[section])) {
        if (EXCEPTIONS[`${who}.${section}.${k}`]) continue;
        expect((got[section] as Record<string, unknown>)[k], `${who} ${section}.${k}`).toBe(v);
      }
    }
    expect(got.goals.map((g) => g.id).sort(), `${who} goal ids`).toEqual(exp.goals.map((g) => g.id).sort());
    for (const g of exp.goals) {
      const mine = got.goals.find((x) => x.id === g.id) as Record<string, unknown>;
      for (const [k, v] of Object.entries(g)) expect(mine[k], `${who} ${String(g.id)}.${k}`).toBe(v);
    }
    expect([...new Set(got.talkingPoints.map((p) => p.rule))].sort(), `${who} rules`).toEqual([...exp.talkingPointRules].sort());
  }
}

describe('sample backup, 2026-Q4, today 2026-11-27', () => {
  it('buildReport agrees with the expected report', () => {
    const report = buildReport(backup, { today: '2026-11-27', period: '2026-Q4' });
    expect(reportSchema.safeParse(report).success).toBe(true);
    compare(report);
  });

  it('npm run report (the CLI) agrees too', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--backup', join(dir, 'sample-backup.json'), '--today', '2026-11-27', '--period', '2026-Q4', '--format', 'json'], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
    });
    compare(JSON.parse(out) as Report);
  }, 30_000);

  it('the CLI fails clearly on a file that is not a backup', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/report.ts', '--backup', join(dir, 'sample-report.2026-Q4.json')], {
      cwd: join(__dirname, '../../..'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a valid Pacer backup');
    expect(r.stdout).toBe('');
  }, 30_000);

  it('rejects bad arguments with the message key and the offending value', () => {
    const err = (argv: string[]) => {
      try {
        parseReportArgs(argv);
      } catch (e) {
        return e instanceof ArgError ? [e.key, e.params] : e;
      }
      return null;
    };
    expect(err(['--today', '2026-11-27'])).toEqual(['report.cli.missingBackup', {}]);
    expect(err(['--backup', 'x', '--today', '2026-02-30'])).toEqual(['report.cli.badDate', { value: '2026-02-30' }]);
    expect(err(['--backup', 'x', '--format', 'csv'])).toEqual(['report.cli.badFormat', { value: 'csv' }]);
    expect(err(['--backup', 'x', '--lang', 'fr'])).toEqual(['report.cli.badLang', { value: 'fr' }]);
    expect(err(['--backup', 'x', '--bogus', '1'])).toEqual(['report.cli.unknownOption', { option: '--bogus' }]);
    expect(err(['--backup'])).toEqual(['report.cli.missingValue', { option: '--backup' }]);
    expect(parseReportArgs(['--backup=b.json', '--rep', '陳美玲', '--format', 'md', '--lang', 'ja'])).toEqual({
      backup: 'b.json', today: null, period: null, rep: '陳美玲', format: 'md', lang: 'ja',
    });
  });

  it('buildReport throws RangeError on a bad period label (the CLI prints it)', () => {
    expect(() => buildReport(backup, { today: '2026-11-27', period: '2026-Q9' })).toThrow(RangeError);
  });

  it('--rep gives only that owner, with peers still ranked', () => {
    const r = buildReport(backup, { today: '2026-11-27', period: '2026-Q4', owner: 'Tom Becker' });
    expect(r.scopes.map((s) => s.owner)).toEqual(['Tom Becker']);
    expect(r.scopes[0]!.talkingPoints.map((p) => p.rule)).toContain('rank');
  });

  it('renders a markdown agenda grouped by category', () => {
    const md = renderAgenda(buildReport(backup, { today: '2026-11-27', period: '2026-Q4', owner: 'Maria Chen' }));
    expect(md).toMatch(/^## One-on-one agenda: Maria Chen, 2026-Q4/);
    expect(md).toContain('#### Challenges');
    expect(md).toMatch(/- \[ \] .*past its close date/);
    expect(md).toMatch(/\]\(<https:\/\/pacer-demo\.lightning\.force\.com\//);
  });

  it('checks a goal the SMART way against the data', () => {
    const g = backup.goals.find((x) => x.id === 'rep-revenue-2026-Q4-1')!;
    expect(checkGoal(backup, g, '2026-11-27').ok).toBe(true);
    const tooHigh = checkGoal(backup, { ...g, target: { kind: 'absolute', value: 5_000_000 } }, '2026-11-27');
    expect(tooHigh.letters.find((l) => l.letter === 'A')).toMatchObject({ ok: false, reason: 'smart.A.tooHigh' });
  });
});

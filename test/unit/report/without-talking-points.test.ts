import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../../lib/domain/backup';
import { buildReport } from '../../../lib/report';

/** The popup's team table asks for no talking points (view.team): the rest of the report is unchanged. */
const dir = join(__dirname, '../../fixtures/backups');
const backup = backupSchema.parse(JSON.parse(readFileSync(join(dir, 'sample-backup.json'), 'utf8')));

describe('buildReport without talking points', () => {
  it('gives every scope the same KPIs, basis and goals, and no points', () => {
    const full = buildReport(backup, { today: '2026-11-27', period: '2026-Q4' });
    const lean = buildReport(backup, { today: '2026-11-27', period: '2026-Q4', talkingPoints: false });
    expect(full.scopes.some((s) => s.talkingPoints.length > 0)).toBe(true);
    expect(lean.scopes.map((s) => s.talkingPoints)).toEqual(lean.scopes.map(() => []));
    expect(lean.scopes.map(({ talkingPoints: _t, ...rest }) => rest)).toEqual(full.scopes.map(({ talkingPoints: _t, ...rest }) => rest));
  });
});

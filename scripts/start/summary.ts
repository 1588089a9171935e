import { formatMoney, formatPercent } from '../../lib/i18n/format';
import type { TeamView } from '../../lib/domain/views';

/** The few lines `npm start` prints after the headless tour. */
export function formatSummary(o: {
  dealsInDb: number;
  dealsOnServer: number;
  team: TeamView | null;
  teamError: string | null;
  screenshotsDir: string;
  screenshots: string[];
}): string {
  const lines = [
    '',
    'Pacer over the demo CRM',
    `  Deals read into the extension's IndexedDB: ${o.dealsInDb} (the demo CRM has ${o.dealsOnServer})`,
  ];
  if (o.team) {
    const k = o.team.team.kpis;
    const c = o.team.currency;
    lines.push(
      `  Team KPIs, ${o.team.period.label} (${o.team.period.start} … ${o.team.period.end}, today ${o.team.today}):`,
      `    Revenue won:     ${formatMoney(k.revenueWon, c, 'en')}`,
      `    Win rate:        ${formatPercent(k.winRate, 'en')}`,
      `    Open pipeline:   ${formatMoney(k.openPipeline, c, 'en')}`,
      `    Deals won/lost:  ${k.dealsWon} / ${k.dealsLost}`,
    );
  } else {
    lines.push(`  Team KPIs: not available (${o.teamError ?? 'no answer from the background'})`);
  }
  lines.push(`  Screenshots in ${o.screenshotsDir}:`, ...o.screenshots.map((f) => `    ${f}`), '');
  return lines.join('\n');
}

import type { Language } from '../domain/settings';
import type { RecordContext, RecordDisplay, SidebarDisplay, SidebarView } from '../domain/views';
import { formatDate, formatMoney, formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/index';
import { goalDisplay } from './goal-display';
import { basisText } from './basis-text';
import { kpiDisplay } from './kpi-display';
import { pointDisplay } from './point-display';

/** The sidebar's figures, in reading order; CSAT only when known. */
export const SIDEBAR_KPIS = [
  'revenueWon', 'newCustomers', 'winRate', 'avgDealSize', 'salesCycleDays', 'openPipeline', 'weightedPipeline', 'forecast', 'csat',
] as const;

function closeText(days: number | null, t: Translate): string {
  if (days === null) return t('sidebar.record.noCloseDate');
  if (days === 0) return t('sidebar.record.closesToday');
  return days > 0 ? t('sidebar.record.closesIn', { count: days }) : t('sidebar.record.overdue', { count: -days });
}

/** The record page's deal in context, as the lines the sidebar shows. */
export function recordDisplay(record: RecordContext, currency: string, t: Translate, lang: Language): RecordDisplay {
  const { deal } = record;
  const amount = deal.amountBase !== null ? formatMoney(deal.amountBase, currency, lang) : deal.amount !== null && deal.currency ? formatMoney(deal.amount, deal.currency, lang) : null;
  const facts: RecordDisplay['facts'] = [
    { text: [t(`sidebar.record.status.${record.status}`), amount, deal.stage].filter(Boolean).join(' · '), bad: false },
  ];
  if (record.status === 'open') {
    const date = deal.closeDate ? ` (${formatDate(deal.closeDate, lang)})` : '';
    facts.push({ text: closeText(record.daysToClose, t) + date, bad: record.daysToClose !== null && record.daysToClose < 0 });
  }
  facts.push({ text: record.stageAgeDays === null ? t('sidebar.record.stageAgeUnknown') : t('sidebar.record.stageAge', { count: record.stageAgeDays }), bad: false });
  facts.push({
    text: record.sizeVsAverage === null ? t('sidebar.record.sizeUnknown') : t('sidebar.record.sizeVsAvg', { ratio: formatNumber(record.sizeVsAverage, lang, 1) }),
    bad: false,
  });
  return { name: deal.name, facts };
}

/**
 * Everything the sidebar shows as text, in its language and the user's locale: the background
 * builds this so the CRM content scripts carry no formatting code (issue #7, 25 KB gzip each).
 * `t` must be the sidebar's own translator (the `sidebar.strings` table of `lang`).
 */
export function sidebarDisplay(view: Omit<SidebarView, 'display'>, t: Translate, lang: Language): SidebarDisplay {
  const { report, currency, today, period } = view;
  const ctx = { lang, currency, t };
  return {
    periodRange: t('sidebar.periodRange', { label: period.label, start: formatDate(period.start, lang), end: formatDate(period.end, lang) }),
    kpis: SIDEBAR_KPIS.filter((k) => k !== 'csat' || report.kpis.csat !== null).map((k) => kpiDisplay({
      kpi: k, label: t(`kpi.${k}`), value: report.kpis[k], previous: report.previous[k], basis: basisText(k, report.basis, today, t), ...ctx,
    })),
    goals: report.goals.map((g) => goalDisplay(g, ctx)),
    points: [...report.talkingPoints].sort((a, b) => a.priority - b.priority).slice(0, 3).map((p) => pointDisplay(p, t, lang, currency)),
    record: view.record ? recordDisplay(view.record, currency, t, lang) : null,
  };
}

import { KPI_KEYS, type KpiKey } from '../domain/kpi';
import type { Report, ScopeReport, TalkingPointCategory } from '../domain/report';
import type { Language } from '../domain/settings';
import { createT, formatMoney, formatNumber, formatPercent, type Translate } from '../i18n/index';

const MONEY: ReadonlySet<KpiKey> = new Set(['revenueWon', 'avgDealSize', 'openPipeline', 'weightedPipeline', 'forecast']);
const CATEGORY_ORDER: readonly TalkingPointCategory[] = ['progress', 'goal', 'challenge', 'improvement', 'recognition', 'competition'];

function kpiText(key: KpiKey, v: number | null, currency: string, lang: Language): string {
  if (MONEY.has(key)) return formatMoney(v, currency, lang);
  if (key === 'winRate') return formatPercent(v, lang, 1);
  return formatNumber(v, lang, 2);
}

/** Markdown has no escaping for plain text in list items except these; page text stays text. */
const md = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

function goalValue(metric: string, v: number | null, currency: string, lang: Language): string {
  if (metric === 'revenueWon' || metric === 'avgDealSize') return formatMoney(v, currency, lang);
  if (metric === 'winRate') return formatPercent(v, lang, 1);
  return formatNumber(v, lang, 2);
}

function scopeSection(r: Report, s: ScopeReport, lang: Language, t: Translate): string[] {
  const cur = r.currency;
  const who = s.scope === 'team' ? t('report.md.team') : (s.owner ?? '');
  const out = [`## ${md(t('report.md.title', { scope: who, period: r.period.label, start: r.period.start, end: r.period.end }))}`, ''];
  out.push(md(t('report.md.asOf', { today: r.today, currency: cur, previous: r.previousPeriod.label })), '');
  out.push(`### ${t('report.md.kpis')}`, '');
  for (const k of KPI_KEYS) {
    const prev = s.previous[k];
    out.push(`- ${md(t('report.md.kpiLine', { name: t(`tpr.kpi.${k}`), value: kpiText(k, s.kpis[k], cur, lang), previous: kpiText(k, prev, cur, lang) }))}`);
  }
  out.push('', `_${md(t('report.md.basis', { ...s.basis }))}_`, '');
  if (s.goals.length > 0) {
    out.push(`### ${t('report.md.goals')}`, '');
    for (const g of s.goals) {
      out.push(`- ${md(t('report.md.goalLine', {
        metric: t(`tpr.metric.${g.metric}`),
        actual: goalValue(g.metric, g.actual, cur, lang),
        target: goalValue(g.metric, g.target, cur, lang),
        progress: formatPercent(g.progress, lang, 1),
        status: g.status === null ? '—' : t(`tpr.status.${g.status}`),
      }))}`);
    }
    out.push('');
  }
  out.push(`### ${t('report.md.points')}`, '');
  if (s.talkingPoints.length === 0) out.push(t('report.md.none'), '');
  for (const cat of CATEGORY_ORDER) {
    const points = s.talkingPoints.filter((p) => p.category === cat);
    if (points.length === 0) continue;
    out.push(`#### ${t(`tp.category.${cat}`)}`, '');
    for (const p of points) {
      out.push(`- [ ] ${md(p.text)}`);
      if (p.question) out.push(`  - ${md(t('report.md.ask', { question: p.question }))}`);
      for (const d of (p.evidence.dealRefs ?? []).slice(0, 5)) {
        if (d.url) out.push(`  - [${md(d.name)}](<${d.url.replace(/[<>\s]/g, encodeURIComponent)}>)`);
      }
    }
    out.push('');
  }
  return out;
}

/** A one-on-one agenda per scope, grouped by category, ready to paste into meeting notes. */
export function renderAgenda(r: Report, lang: Language = 'en'): string {
  const t = createT(lang);
  return r.scopes.flatMap((s) => scopeSection(r, s, lang, t)).join('\n').trimEnd() + '\n';
}

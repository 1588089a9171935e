import { goalMetricSchema, goalSchema, type Goal, type GoalMetric, type GoalTarget } from '../domain/goal';
import type { ImportIssue } from '../messaging/protocol';
import { resolvePeriod, type FiscalSettings } from '../periods/index';

/**
 * Goals from a spreadsheet (options → Goals → Import CSV): one goal per row with the columns
 * rep, period, metric, target, in any order. A blank rep (or "team") is a team goal; a target
 * with a percent sign ("+10%", "-5%", "15%") is relative to the previous period, anything else
 * absolute. Every problem names its line and column; `reason` is an i18n key (options area).
 */
export interface GoalCsvParse {
  goals: Goal[];
  errors: ImportIssue[];
}

const REQUIRED = ['rep', 'period', 'metric', 'target'] as const;
type Column = (typeof REQUIRED)[number];
const ALIASES: Record<string, Column> = { rep: 'rep', owner: 'rep', period: 'period', metric: 'metric', kpi: 'metric', target: 'target', goal: 'target' };
const TEAM_WORDS = new Set(['', 'team', '(team)', '團隊', '团队', 'チーム']);
const squash = (s: string) => s.toLowerCase().replace(/[\s_\-]+/g, '');
const METRICS = new Map<string, GoalMetric>(goalMetricSchema.options.map((m) => [squash(m), m]));
// The English labels a manager is likely to type, besides the metric keys.
for (const [label, m] of [['revenue', 'revenueWon'], ['deals', 'dealsWon'], ['averagedealsize', 'avgDealSize'], ['avgdeal', 'avgDealSize'], ['newcustomer', 'newCustomers'], ['repeatcustomer', 'repeatCustomers']] as const)
  METRICS.set(label, m);

/** RFC 4180 rows: quoted fields with doubled quotes and embedded separators/newlines. */
export function splitCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** "+10%" → relative 10; "1,200,000" / "$1200000" → absolute; null when unreadable. */
export function parseTarget(text: string): GoalTarget | null {
  const s = text.trim().replace(/[\s\u00a0]/g, '');
  const pct = /^([+\-−]?)(\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) {
    const percent = Number(pct[2]) * (pct[1] === '-' || pct[1] === '−' ? -1 : 1);
    return percent >= -100 && percent <= 10_000 ? { kind: 'relative', percent } : null;
  }
  const plain = s.replace(/^[A-Z]{3}|^[$€£¥₩]|[A-Z]{3}$/g, '');
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(plain)) return null;
  const value = Number(plain.replace(/,/g, ''));
  return Number.isFinite(value) && value >= 0 ? { kind: 'absolute', value } : null;
}

/** A short stable hash so re-importing the same sheet updates its goals instead of adding copies. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}
export const csvGoalId = (owner: string | null, period: string, metric: GoalMetric): string =>
  `csv:${period}:${metric}:${owner === null ? 'team' : fnv(owner)}`;

export function parseGoalsCsv(text: string, o: { settings: FiscalSettings; now: string }): GoalCsvParse {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = [',', ';', '\t'].map((c) => [c, firstLine.split(c).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  const rows = splitCsv(body, sep);
  const header = (rows[0] ?? []).map((h) => ALIASES[squash(h)] ?? null);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) return { goals: [], errors: missing.map((c) => ({ path: `1:${c}`, reason: 'options.csv.err.missingColumn' })) };
  const col = (row: string[], c: Column) => (row[header.indexOf(c)] ?? '').trim();

  const goals = new Map<string, Goal>();
  const errors: ImportIssue[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((f) => f.trim() === '')) return;
    const issue = (c: Column, reason: string) => errors.push({ path: `${line}:${c}`, reason });
    const rep = col(row, 'rep');
    const owner = TEAM_WORDS.has(rep.toLowerCase()) ? null : rep;
    let period: string | null = null;
    try {
      period = resolvePeriod(col(row, 'period'), o.settings).label;
    } catch {
      issue('period', 'options.csv.err.period');
    }
    const metric = METRICS.get(squash(col(row, 'metric'))) ?? null;
    if (!metric) issue('metric', 'options.csv.err.metric');
    const target = parseTarget(col(row, 'target'));
    if (!target) issue('target', 'options.csv.err.target');
    if (owner !== null && owner.length > 500) issue('rep', 'options.csv.err.rep');
    if (!period || !metric || !target || (owner !== null && owner.length > 500)) return;
    const id = csvGoalId(owner, period, metric);
    if (goals.has(id)) return issue('metric', 'options.csv.err.duplicate');
    const parsed = goalSchema.safeParse({ id, scope: owner === null ? 'team' : 'rep', owner, metric, target, period, parentId: null, createdAt: o.now });
    if (parsed.success) goals.set(id, parsed.data);
    else issue('target', 'options.csv.err.invalid');
  });
  return { goals: [...goals.values()], errors };
}

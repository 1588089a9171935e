import type { TalkingPoint } from '../domain/report';
import type { Language } from '../domain/settings';
import { createT, type Translate } from '../i18n/index';
import { compareCodePoints } from '../kpi/numbers';
import { dealRef } from './deals';
import { formatParam, formatParams } from './format-params';
import { RULES } from './rules/index';
import type { PointDraft, Rule, RuleContext } from './types';

/** The scope part of a point id: `team` or `rep:<owner>`. */
export const scopeId = (ctx: Pick<RuleContext, 'scope' | 'owner'>): string => (ctx.scope === 'team' ? 'team' : `rep:${ctx.owner ?? ''}`);

function localize(rule: Rule, draft: PointDraft, ctx: RuleContext, lang: Language, t: Translate): TalkingPoint {
  const params = formatParams(draft.message.params, lang, ctx.currency, t);
  if (draft.list) {
    const items = draft.list.deals.map((r) =>
      t(draft.list!.itemKey, {
        name: r.deal.deal.name,
        amount: formatParam({ kind: 'money', value: r.deal.amountBase }, lang, ctx.currency, t),
        days: r.days ?? null,
        probability: formatParam({ kind: 'percent', value: r.deal.probability === null ? null : r.deal.probability / 100 }, lang, ctx.currency, t),
      }),
    );
    params.deals = new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  }
  const raw: Record<string, string | number | null> = {};
  for (const [k, p] of Object.entries(draft.message.params)) raw[k] = p.value;
  const evidenceDeals = draft.deals ?? draft.list?.deals ?? [];
  return {
    rule: rule.id,
    id: `${rule.id}:${scopeId(ctx)}:${draft.subject}`,
    category: draft.category,
    priority: draft.priority,
    text: t(draft.message.key, params),
    question: draft.question ? t(draft.question.key, formatParams(draft.question.params ?? {}, lang, ctx.currency, t)) : null,
    params: raw,
    evidence: { deals: evidenceDeals.map((r) => r.deal.key), values: draft.values, dealRefs: evidenceDeals.map(dealRef) },
  };
}

/**
 * Runs every rule and orders the points stably: priority, then rule id, then subject (the id's
 * tail), all in code-point order. Same data, settings and today → same points.
 */
export function generateTalkingPoints(ctx: RuleContext, lang: Language = 'en', rules: readonly Rule[] = RULES): TalkingPoint[] {
  const t = createT(lang);
  const points: TalkingPoint[] = [];
  for (const rule of rules) for (const draft of rule.evaluate(ctx)) points.push(localize(rule, draft, ctx, lang, t));
  return points.sort((a, b) => a.priority - b.priority || compareCodePoints(a.rule, b.rule) || compareCodePoints(a.id, b.id));
}

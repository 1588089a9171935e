import type { DealRef } from '../domain/report';
import type { Language } from '../domain/settings';
import type { DealDisplay } from '../domain/views';
import { formatDate, formatMoney } from '../i18n/format';
import type { Translate } from '../i18n';
import { httpUrlOrNull } from '../url/http-url';

export interface DealDisplayInput {
  deal: DealRef;
  t: Translate;
  lang: Language;
  /** Base currency, for `amountBase`. */
  currency: string;
  /** What `deal.days` means for this list (rule-specific). */
  daysKind?: 'overdue' | 'inStage' | null;
}

/** A deal as display text: a safe link, its amount (base currency when known), stage, close date and days. */
export function dealDisplay({ deal, t, lang, currency, daysKind = null }: DealDisplayInput): DealDisplay {
  const amount = deal.amountBase !== null
    ? formatMoney(deal.amountBase, currency, lang)
    : deal.amount !== null && deal.currency ? formatMoney(deal.amount, deal.currency, lang) : null;
  const days = typeof deal.days === 'number' && daysKind
    ? t(daysKind === 'overdue' ? 'tp.daysOverdue' : 'tp.daysInStage', { count: deal.days })
    : null;
  const details = [
    amount,
    deal.stage,
    deal.closeDate ? t('tp.closes', { date: formatDate(deal.closeDate, lang) }) : null,
    days,
  ].filter((x): x is string => !!x);
  return { key: deal.key, name: deal.name, href: httpUrlOrNull(deal.url), label: t('tp.openInCrm', { name: deal.name }), details: details.join(' · ') };
}

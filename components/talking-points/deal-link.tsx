import type { DealRef } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { DealDisplay } from '../../lib/domain/views';
import { formatDate, formatMoney } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';
import { DealLinkView } from './deal-link-view';
import { httpUrlOrNull } from './safe-url';

export interface DealLinkProps {
  deal: DealRef;
  t: Translate;
  lang: Language;
  /** Base currency, for `amountBase`. */
  currency: string;
  /** What `deal.days` means for this list (rule-specific). */
  daysKind?: 'overdue' | 'inStage' | null;
}

/** A deal as display text: a safe link, its amount (base currency when known), stage, close date and days. */
export function dealDisplay({ deal, t, lang, currency, daysKind = null }: DealLinkProps): DealDisplay {
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

/** A deal named as evidence: its name links to the CRM record (new tab, no opener), then its figures. */
export function DealLink(props: DealLinkProps) {
  return <DealLinkView deal={dealDisplay(props)} />;
}

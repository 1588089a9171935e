import type { DealRef } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import { formatDate, formatMoney } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n';
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

/** A deal named as evidence: its name links to the CRM record (new tab, no opener), then its figures. */
export function DealLink({ deal, t, lang, currency, daysKind = null }: DealLinkProps) {
  const href = httpUrlOrNull(deal.url);
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
  return (
    <span class="pacer-deal">
      {href
        ? <a href={href} target="_blank" rel="noopener noreferrer" aria-label={t('tp.openInCrm', { name: deal.name })}>{deal.name}</a>
        : <span>{deal.name}</span>}
      {details.length > 0 && <span class="pacer-deal-details"> · {details.join(' · ')}</span>}
    </span>
  );
}

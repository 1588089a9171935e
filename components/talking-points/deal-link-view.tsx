import type { DealDisplay } from '../../lib/domain/views';

/** A deal named as evidence, as display text: its name links to the CRM record (new tab, no opener), then its figures. */
export function DealLinkView({ deal }: { deal: DealDisplay }) {
  return (
    <span class="pacer-deal">
      {deal.href
        ? <a href={deal.href} target="_blank" rel="noopener noreferrer" aria-label={deal.label}>{deal.name}</a>
        : <span>{deal.name}</span>}
      {deal.details && <span class="pacer-deal-details"> · {deal.details}</span>}
    </span>
  );
}

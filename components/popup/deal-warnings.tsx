import type { DealRef } from '../../lib/domain/report';
import type { Language } from '../../lib/domain/settings';
import type { RepView } from '../../lib/domain/views';
import type { Translate } from '../../lib/i18n';
import { DealLink } from '../talking-points/deal-link';

export interface DealWarningsProps {
  warnings: RepView['warnings'];
  t: Translate;
  lang: Language;
  currency: string;
}

const GROUPS: { key: keyof RepView['warnings']; days: 'overdue' | 'inStage' | null }[] = [
  { key: 'slipped', days: 'overdue' },
  { key: 'stalled', days: 'inStage' },
  { key: 'earlyStage', days: null },
];

/** Deals to raise in the one-on-one, each linking to its CRM record. */
export function DealWarnings({ warnings, t, lang, currency }: DealWarningsProps) {
  const any = GROUPS.some((g) => warnings[g.key].length > 0);
  if (!any) return <p class="pacer-muted">{t('popup.warnings.none')}</p>;
  return (
    <div class="pacer-warnings">
      {GROUPS.map(({ key, days }) => {
        const deals: DealRef[] = warnings[key];
        if (deals.length === 0) return null;
        return (
          <section key={key} data-warning={key}>
            <h4>{t(`popup.warnings.${key}`, { count: deals.length })}</h4>
            <ul>
              {deals.map((d) => (
                <li key={d.key}><DealLink deal={d} t={t} lang={lang} currency={currency} daysKind={days} /></li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

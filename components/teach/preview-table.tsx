import type { ExtractedDeal } from '../../lib/domain/deal';
import type { Language } from '../../lib/domain/settings';
import { formatDate, formatMoney } from '../../lib/i18n/format';
import type { Translate } from './types';

const SHOWN = 8;

/** The deals a mapping would read, as text (page values are never rendered as HTML). */
export function PreviewTable({ t, lang, deals }: { t: Translate; lang: Language; deals: readonly ExtractedDeal[] }) {
  if (deals.length === 0) return <p class="pacer-teach__empty">{t('teach.previewEmpty')}</p>;
  const cols = (['name', 'amount', 'stage', 'closeDate', 'owner', 'account'] as const).filter((c) => deals.some((d) => d[c] !== undefined));
  const cell = (d: ExtractedDeal, c: (typeof cols)[number]): string => {
    if (c === 'amount') return d.amount == null ? '' : formatMoney(d.amount, d.currency ?? 'USD', lang);
    if (c === 'closeDate') return d.closeDate ? formatDate(d.closeDate, lang) : '';
    return d[c] ?? '';
  };
  return (
    <div class="pacer-teach__preview">
      <p class="pacer-teach__count" data-testid="pacer-teach-count">{t('teach.preview', { count: deals.length })}</p>
      <table class="pacer-teach__table" data-testid="pacer-teach-preview">
        <thead>
          <tr>{cols.map((c) => <th key={c} scope="col">{t(`teach.col.${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {deals.slice(0, SHOWN).map((d) => (
            <tr key={d.sourceId}>{cols.map((c) => <td key={c} class={c === 'amount' ? 'pacer-teach__num' : undefined}>{cell(d, c)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {deals.length > SHOWN && <p class="pacer-teach__more">{t('teach.previewMore', { count: deals.length - SHOWN })}</p>}
    </div>
  );
}

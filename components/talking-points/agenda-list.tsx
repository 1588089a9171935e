import { AGENDA_CATEGORIES, type AgendaEntry } from '../../lib/agenda/entry';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import '../ui/theme.css';
import { TalkingPointItem } from './talking-point-item';
import './talking-points.css';

export interface AgendaListProps {
  entries: readonly AgendaEntry[];
  /** Label of the one-on-one's period; entries from another one are marked as carried over. */
  period: string;
  t: Translate;
  lang: Language;
  currency: string;
  onToggle?: (id: string, done: boolean) => void;
  /** Own points can be removed. */
  onRemove?: (id: string) => void;
  /** Heading level of the category headings (the host decides the outline). */
  headingLevel?: 3 | 4;
}

/** The one-on-one agenda: entries grouped by category in a fixed order, each with a tick box. */
export function AgendaList({ entries, period, t, lang, currency, onToggle, onRemove, headingLevel = 3 }: AgendaListProps) {
  const known = new Set<string>(AGENDA_CATEGORIES);
  const groups = [...AGENDA_CATEGORIES, ...new Set(entries.map((e) => e.category).filter((c) => !known.has(c)))];
  const H = headingLevel === 3 ? 'h3' : 'h4';
  if (entries.length === 0) return <p class="pacer-tp-empty">{t('tp.empty')}</p>;
  return (
    <div class="pacer-agenda">
      {groups.map((cat) => {
        const items = entries.filter((e) => e.category === cat);
        if (items.length === 0) return null;
        return (
          <section key={cat} class={`pacer-agenda-group pacer-agenda-${cat}`}>
            <H>{t(`tp.category.${cat}`)}</H>
            <ul>
              {items.map((e) => (
                <li key={e.id} data-testid="pacer-agenda-item" data-id={e.id} class={e.done ? 'pacer-done' : undefined}>
                  <input
                    type="checkbox"
                    checked={e.done}
                    disabled={!onToggle}
                    aria-label={t('tp.markDone', { text: e.text })}
                    onChange={(ev) => onToggle?.(e.id, (ev.currentTarget as HTMLInputElement).checked)}
                  />
                  <div class="pacer-agenda-body">
                    {e.point
                      ? <TalkingPointItem point={e.point} t={t} lang={lang} currency={currency} hideCategory />
                      : <p class="pacer-tp-text">{e.text}</p>}
                    {e.since !== period && <p class="pacer-carried">{t('tp.carriedFrom', { period: e.since })}</p>}
                    {e.own && onRemove && (
                      <button type="button" class="pacer-link-button" onClick={() => onRemove(e.id)}>
                        {t('common.delete')}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

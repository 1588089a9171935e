import type { Translate } from '../../lib/i18n/index';
import { formatChange, formatNumber } from '../../lib/i18n/format';
import type { Language } from '../../lib/domain/settings';
import type { DeltaDisplay } from '../../lib/domain/views';
import { DeltaView } from './delta-view';

export interface DeltaProps {
  current: number | null;
  previous: number | null;
  /** Ratios (win rate) compare in percentage points; everything else as a relative change. */
  mode: 'relative' | 'points';
  /** False for figures where less is better (sales cycle, slipped deals). */
  higherIsBetter?: boolean;
  /** Formats the previous value for the spoken label ("was $40,000"). */
  format: (n: number | null) => string;
  t: Translate;
  lang: Language;
}

type Direction = 'up' | 'down' | 'flat' | 'none';

/** The change and its direction; exported for tests and for the popup. */
export function deltaOf(current: number | null, previous: number | null, mode: 'relative' | 'points', lang: Language): { dir: Direction; text: string } {
  if (current === null || previous === null) return { dir: 'none', text: '—' };
  const diff = current - previous;
  const dir: Direction = Math.abs(diff) < 1e-9 ? 'flat' : diff > 0 ? 'up' : 'down';
  if (mode === 'points') {
    const pts = formatNumber(diff * 100, lang, 1);
    return { dir, text: diff > 0 ? `+${pts}` : pts };
  }
  if (previous === 0) return { dir, text: dir === 'flat' ? formatChange(0, lang) : '' };
  return { dir, text: formatChange(diff / Math.abs(previous), lang) };
}

/** The change as shown: direction, tone, visible figure and spoken sentence (also what the background sends the sidebar). */
export function deltaDisplay(
  current: number | null, previous: number | null, mode: 'relative' | 'points', higherIsBetter: boolean,
  format: (n: number | null) => string, t: Translate, lang: Language,
): DeltaDisplay {
  const { dir, text } = deltaOf(current, previous, mode, lang);
  if (dir === 'none') return { dir, tone: 'none', shown: t('delta.none'), spoken: '' };
  const good = dir === 'flat' ? null : (dir === 'up') === higherIsBetter;
  const tone = good === null ? 'flat' : good ? 'good' : 'bad';
  const shown = mode === 'points' ? t('delta.points', { value: text }) : text || t('delta.fromZero');
  return { dir, tone, shown, spoken: t(`delta.${dir}`, { change: shown, previous: format(previous) }) };
}

/** Change vs the previous period: an arrow and a figure, with a full sentence for screen readers. */
export function Delta({ current, previous, mode, higherIsBetter = true, format, t, lang }: DeltaProps) {
  return <DeltaView {...deltaDisplay(current, previous, mode, higherIsBetter, format, t, lang)} />;
}

import type { DeltaDisplay } from '../domain/views';
import type { Language } from '../domain/settings';
import { formatChange, formatNumber } from '../i18n/format';
import type { Translate } from '../i18n/index';

type Direction = 'up' | 'down' | 'flat' | 'none';

/** The change and its direction; exported for tests. */
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

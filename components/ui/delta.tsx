import type { Translate } from '../../lib/i18n/index';
import type { Language } from '../../lib/domain/settings';
import { deltaDisplay } from '../../lib/display/delta';
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

/** Change vs the previous period: an arrow and a figure, with a full sentence for screen readers. */
export function Delta({ current, previous, mode, higherIsBetter = true, format, t, lang }: DeltaProps) {
  return <DeltaView {...deltaDisplay(current, previous, mode, higherIsBetter, format, t, lang)} />;
}

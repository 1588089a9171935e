import type { AgendaEntry } from '../../lib/agenda/entry';
import { formatAgendaMarkdown, formatAgendaText, type AgendaLabels } from '../../lib/agenda/format';
import type { Language } from '../../lib/domain/settings';
import type { Translate } from '../../lib/i18n';
import { evidenceDisplay, evidenceKeys, evidenceLabel } from '../talking-points/evidence-values';

export interface AgendaCopyInput {
  owner: string;
  period: string;
  entries: readonly AgendaEntry[];
  notes: string;
  t: Translate;
  lang: Language;
  currency: string;
}

/** The formatter's words and evidence lines in the UI language (the formatter itself is pure). */
export function agendaLabels({ owner, period, t, lang, currency }: AgendaCopyInput): AgendaLabels {
  return {
    title: t('popup.agenda.copyTitle', { owner, period }),
    category: (c) => t(`tp.category.${c}`),
    question: t('tp.question'),
    deals: t('tp.deals'),
    notes: t('popup.agenda.notes'),
    carriedFrom: (p) => t('tp.carriedFrom', { period: p }),
    evidence: (e) => {
      const p = e.point;
      if (!p) return null;
      const parts = evidenceKeys(p.evidence.values)
        .map((k) => `${evidenceLabel(k, t)}: ${evidenceDisplay(k, p.evidence.values, p.params, t, lang, currency)}`);
      return parts.length ? parts.join('; ') : null;
    },
  };
}

export function agendaAs(format: 'md' | 'text', input: AgendaCopyInput): string {
  const doc = { period: input.period, entries: input.entries, notes: input.notes, labels: agendaLabels(input) };
  return format === 'md' ? formatAgendaMarkdown(doc) : formatAgendaText(doc);
}

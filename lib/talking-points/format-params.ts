import type { Language } from '../domain/settings';
import { formatDate, formatMoney, formatNumber, formatPercent, type Translate } from '../i18n/index';
import type { Param } from './types';

/** A parameter as text in the message's language. */
export function formatParam(p: Param, lang: Language, currency: string, t: Translate): string {
  const v = p.value;
  if (v === null) return '—';
  switch (p.kind) {
    case 'money':
      return formatMoney(Number(v), currency, lang);
    case 'percent':
      return formatPercent(Number(v), lang, 1);
    case 'points':
    case 'ratio':
      return formatNumber(Number(v), lang, 1);
    case 'number':
      return formatNumber(Number(v), lang, 2);
    case 'count':
    case 'days':
      return formatNumber(Number(v), lang, 1);
    case 'date':
      return formatDate(String(v), lang);
    case 'metric':
      return t(`tpr.metric.${String(v)}`);
    case 'status':
      return t(`tpr.status.${String(v)}`);
    case 'text':
      return String(v);
  }
}

export function formatParams(params: Record<string, Param>, lang: Language, currency: string, t: Translate): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(params)) {
    // `count` stays a number so the plural form is chosen from it.
    out[k] = p.kind === 'count' && typeof p.value === 'number' ? p.value : formatParam(p, lang, currency, t);
  }
  return out;
}

import type { GoalMetric } from '../../lib/domain/goal';
import type { Language } from '../../lib/domain/settings';
import { formatDate } from '../../lib/i18n/format';
import type { Translate } from '../../lib/i18n/index';
import type { SmartCheck } from '../../lib/messaging/protocol';
import { formatKpi } from '../../lib/display/kpi-format';

export interface SmartDisplayProps {
  check: SmartCheck | null;
  /** A check is on its way (the form changed since the last answer). */
  pending: boolean;
  metric: GoalMetric;
  t: Translate;
  lang: Language;
  currency: string;
}

const MONEYISH = new Set(['target', 'best', 'limit', 'value', 'suggestion']);

/** Params of a reason, formatted: figures in the metric's unit, dates in the locale. */
function formatParams(params: Record<string, string | number | null> | undefined, metric: GoalMetric, ctx: { t: Translate; lang: Language; currency: string }) {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === null) out[k] = '—';
    else if (typeof v === 'number' && MONEYISH.has(k)) out[k] = formatKpi(metric, v, ctx);
    else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = formatDate(v, ctx.lang);
    else out[k] = v;
  }
  return out;
}

/**
 * The SMART check, letter by letter, updated live as the form changes: each letter says whether
 * it passes and why (a reason to fix, or what it was checked against). A polite live region, so a
 * screen reader hears the change without losing its place in the form.
 */
export function SmartDisplay({ check, pending, metric, t, lang, currency }: SmartDisplayProps) {
  const ctx = { t, lang, currency };
  return (
    <section class="pacer-opt-smart" aria-labelledby="pacer-smart-h" data-testid="pacer-smart">
      <h3 id="pacer-smart-h">{t('options.smart.heading')}</h3>
      <div aria-live="polite" aria-busy={pending ? 'true' : 'false'}>
        {!check ? (
          <p class="pacer-opt-muted">{pending ? t('options.smart.checking') : t('options.smart.idle')}</p>
        ) : (
          <>
            <p class={check.ok ? 'pacer-opt-good' : 'pacer-opt-bad'} data-testid="pacer-smart-summary">
              {check.ok ? t('options.smart.allOk') : t('options.smart.someFail', { count: check.letters.filter((l) => !l.ok).length })}
            </p>
            <ul class="pacer-opt-smart-list">
              {check.letters.map((l) => {
                const params = formatParams(l.params, metric, ctx);
                const detail = l.reason ? t(l.reason, params) : passText(l.letter, l.params, params, t);
                return (
                  <li key={l.letter} data-letter={l.letter} data-ok={l.ok ? 'true' : 'false'} class={l.ok ? 'pacer-opt-smart-ok' : 'pacer-opt-smart-fail'}>
                    <span class="pacer-opt-smart-letter" aria-hidden="true">{l.letter}</span>
                    <span>
                      <strong>{t(`options.smart.${l.letter}`)}</strong>{' '}
                      <span class="pacer-opt-smart-verdict">{l.ok ? t('options.smart.pass') : t('options.smart.fail')}</span>
                      {detail && <span class="pacer-opt-smart-reason">{detail}</span>}
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

/** What a passing letter was checked against (nothing to add for S, M and R). */
function passText(letter: string, raw: Record<string, string | number | null> | undefined, params: Record<string, string | number>, t: Translate): string | null {
  if (letter === 'A') return raw?.best === null || raw?.best === undefined ? t('options.smart.A.noHistory') : t('options.smart.A.ok', params);
  if (letter === 'T' && raw?.start) return t('options.smart.T.ok', params);
  return null;
}

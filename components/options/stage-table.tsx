import type { DealStatus } from '../../lib/domain/primitives';
import type { Translate } from '../../lib/i18n/index';
import type { SettingsErrors, StageRow } from './settings-draft';

export interface StageTableProps {
  rows: Map<string, StageRow[]>;
  status: Record<string, Record<string, DealStatus>>;
  probabilities: Record<string, string>;
  onStatus: (crm: string, stage: string, s: DealStatus) => void;
  onProbability: (stageKey: string, value: string) => void;
  errors: SettingsErrors;
  t: Translate;
}

/**
 * Stage → status and default probability per CRM, pre-filled with the CRM's defaults and listing
 * the stages seen on stored deals. A CRM with deals seen opens by default; the others fold away.
 */
export function StageTable({ rows, status, probabilities, onStatus, onProbability, errors, t }: StageTableProps) {
  return (
    <div data-testid="pacer-stage-tables">
      <p class="pacer-opt-hint">{t('options.settings.stagesHint')}</p>
      {[...rows].map(([crm, list]) => {
        const seen = list.some((r) => r.deals > 0);
        return (
          <details key={crm} open={seen} class="pacer-opt-details">
            <summary>{t('options.settings.stagesOf', { crm: t(`options.crm.${crm}`) === `options.crm.${crm}` ? crm : t(`options.crm.${crm}`), count: list.length })}</summary>
            <table class="pacer-opt-table">
              <thead><tr>
                <th scope="col">{t('options.settings.stage')}</th>
                <th scope="col" class="pacer-num">{t('options.settings.stageDeals')}</th>
                <th scope="col">{t('options.settings.stageStatus')}</th>
                <th scope="col">{t('options.settings.stageProbability')}</th>
              </tr></thead>
              <tbody>
                {list.map((r) => {
                  const pk = r.stage.toLowerCase();
                  const err = errors[`stageProbabilities.${pk}`];
                  const id = `stage-${crm}-${pk}`.replace(/[^\w-]/g, '_');
                  return (
                    <tr key={r.stage}>
                      <th scope="row">{r.stage}</th>
                      <td class="pacer-num">{r.deals}</td>
                      <td>
                        <select value={status[crm]?.[r.stage] ?? r.defaultStatus} aria-label={t('options.settings.stageStatusOf', { stage: r.stage, crm })}
                          onChange={(e) => onStatus(crm, r.stage, (e.currentTarget as HTMLSelectElement).value as DealStatus)}>
                          {(['open', 'won', 'lost'] as const).map((s) => (
                            <option key={s} value={s}>{t(`options.status.${s}`)}{s === r.defaultStatus ? ` ${t('options.settings.default')}` : ''}</option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input id={id} value={probabilities[pk] ?? ''} inputMode="decimal" size={5} aria-label={t('options.settings.stageProbabilityOf', { stage: r.stage, crm })}
                          onInput={(e) => onProbability(pk, (e.currentTarget as HTMLInputElement).value)}
                          aria-invalid={err ? 'true' : undefined} aria-describedby={err ? `${id}-err` : undefined} />
                        {err && <p id={`${id}-err`} class="pacer-opt-field-error">{t(err)}</p>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}

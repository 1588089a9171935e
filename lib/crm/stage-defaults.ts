import type { DealStatus } from '../domain/primitives';
import { DEFAULT_STAGE_STATUS, stageToStatus } from './parse/stage';

/**
 * The out-of-the-box sales stages of each built-in CRM with their default win probability (as
 * each product ships them; null where the product sets none per stage), for the options page's
 * stage table. The status of every stage comes from the adapters' own mapping (stageToStatus), so
 * what the table pre-fills is exactly what the readers do without an override.
 */
const STAGES: Readonly<Record<string, readonly (readonly [string, number | null])[]>> = {
  salesforce: [['Prospecting', 10], ['Qualification', 10], ['Needs Analysis', 20], ['Value Proposition', 50], ['Id. Decision Makers', 60],
    ['Perception Analysis', 70], ['Proposal/Price Quote', 75], ['Negotiation/Review', 90], ['Closed Won', 100], ['Closed Lost', 0]],
  hubspot: [['Appointment Scheduled', 20], ['Qualified To Buy', 40], ['Presentation Scheduled', 60], ['Decision Maker Bought-In', 80],
    ['Contract Sent', 90], ['Closed Won', 100], ['Closed Lost', 0]],
  pipedrive: [['Qualified', null], ['Contact Made', null], ['Demo Scheduled', null], ['Proposal Made', null], ['Negotiations Started', null],
    ['Won', 100], ['Lost', 0]],
  zoho: [['Qualification', 10], ['Needs Analysis', 20], ['Value Proposition', 40], ['Identify Decision Makers', 60], ['Proposal/Price Quote', 75],
    ['Negotiation/Review', 90], ['Closed Won', 100], ['Closed Lost', 0], ['Closed-Lost to Competition', 0]],
  dynamics: [['Qualify', null], ['Develop', null], ['Propose', null], ['Close', null], ['Won', 100], ['Lost', 0]],
  demo: [['Prospecting', 10], ['Qualification', 20], ['Proposal', 50], ['Negotiation', 75], ['Closed Won', 100], ['Closed Lost', 0]],
};

export interface StageDefault {
  stage: string;
  status: DealStatus;
  probability: number | null;
}

/** The CRMs with a default stage table, in display order. */
export const STAGE_DEFAULT_CRMS: readonly string[] = Object.keys(STAGES);

/** A CRM's default stages: its shipped pipeline, then the closed-stage labels its reader knows in other languages. */
export function stageDefaults(crm: string): StageDefault[] {
  const rows: StageDefault[] = (STAGES[crm] ?? []).map(([stage, probability]) => ({ stage, status: stageToStatus(stage, crm), probability }));
  const seen = new Set(rows.map((r) => r.stage.toLowerCase()));
  for (const [label, status] of Object.entries(DEFAULT_STAGE_STATUS[crm] ?? {})) {
    if (seen.has(label.toLowerCase())) continue;
    seen.add(label.toLowerCase());
    rows.push({ stage: label, status, probability: status === 'won' ? 100 : status === 'lost' ? 0 : null });
  }
  return rows;
}

/** The status a stage gets without an override (adapter defaults + keyword rules). */
export const defaultStatusOf = (stage: string, crm: string): DealStatus => stageToStatus(stage, crm);

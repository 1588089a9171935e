import type { DealStatus } from '../../domain/primitives';
import { normLabel } from './text';

/**
 * Default stage label → status per CRM: the out-of-the-box closed stages of each product in the
 * languages we have seen. Anything not listed goes through the keyword rules below, and settings
 * (`stageStatus[crm]`) override both.
 */
export const DEFAULT_STAGE_STATUS: Readonly<Record<string, Readonly<Record<string, DealStatus>>>> = {
  salesforce: {
    'closed won': 'won', 'closed lost': 'lost', '已結案-成交': 'won', '已結案-失敗': 'lost', '已结案-成交': 'won',
    '已结案-失败': 'lost', '成立': 'won', '不成立': 'lost', '受注': 'won', '失注': 'lost',
    'abgeschlossen und gewonnen': 'won', 'abgeschlossen und verloren': 'lost', 'geschlossen und gewonnen': 'won',
    'geschlossen und verloren': 'lost', 'fermée gagnée': 'won', 'fermée perdue': 'lost', 'cerrada ganada': 'won',
    'cerrada perdida': 'lost',
  },
  hubspot: { 'closed won': 'won', 'closed lost': 'lost', '成交': 'won', '成交失敗': 'lost', '成交失败': 'lost', '受注': 'won', '失注': 'lost', 'gewonnen': 'won', 'verloren': 'lost' },
  pipedrive: { won: 'won', lost: 'lost', open: 'open' },
  zoho: { 'closed won': 'won', 'closed lost': 'lost', 'closed-lost to competition': 'lost', '已成交': 'won', '成約': 'won' },
  dynamics: { won: 'won', lost: 'lost', open: 'open', gewonnen: 'won', verloren: 'lost', offen: 'open' },
};

const WON = new Set(['won', 'win', 'gewonnen', 'gagné', 'gagnée', 'gagne', 'ganado', 'ganada', 'ganho', 'ganha', 'vinto', 'vinta', 'gewonnen', 'gewonen',
  '成交', '受注', '成約', '成立', '贏單', '赢单', '签约', '簽約']);
const LOST = new Set(['lost', 'loss', 'verloren', 'perdu', 'perdue', 'perdido', 'perdida', 'perso', 'persa', 'perdeu',
  '失敗', '失败', '失注', '不成立', '丟單', '丢单', '輸單', '输单', '成交失敗', '成交失败']);

/** Keyword rules: a segment of the label (split on dashes, slashes, spaces…) that is a won/lost word. */
function byKeywords(label: string): DealStatus | null {
  const segments = label.split(/[\s\-/|:()・,]+/).map((w) => w.replace(/^已/, '')).filter(Boolean);
  if (segments.some((w) => LOST.has(w))) return 'lost';
  if (segments.some((w) => WON.has(w))) return 'won';
  return null;
}

function lookup(map: Readonly<Record<string, DealStatus>> | undefined, key: string): DealStatus | null {
  if (!map) return null;
  for (const [label, status] of Object.entries(map)) if (normLabel(label) === key) return status;
  return null;
}

/**
 * Status of a deal from its stage label: settings overrides first, then the CRM's defaults, then
 * keyword rules (Closed Won / 已結案-成交 / Gewonnen / 受注 / Gagné … → won; their lost
 * equivalents → lost). Anything else is open.
 */
export function stageToStatus(stage: string | null | undefined, crm: string, overrides?: Readonly<Record<string, DealStatus>>): DealStatus {
  return statusFromLabel(stage, crm, overrides) ?? 'open';
}

/** Like stageToStatus but null when the label says nothing (used for explicit Status columns). */
export function statusFromLabel(label: string | null | undefined, crm: string, overrides?: Readonly<Record<string, DealStatus>>): DealStatus | null {
  return statusByTable(label, DEFAULT_STAGE_STATUS[crm], overrides);
}

/**
 * `statusFromLabel` with the CRM's default table passed in (undefined: no built-in CRM, keyword
 * rules only), so a reader that never reads a built-in CRM's stages (the generic readers on a
 * custom domain, generic.js) does not bundle every CRM's table.
 */
export function statusByTable(
  label: string | null | undefined,
  table: Readonly<Record<string, DealStatus>> | undefined,
  overrides?: Readonly<Record<string, DealStatus>>,
): DealStatus | null {
  if (!label) return null;
  const key = normLabel(label);
  if (!key) return null;
  return lookup(overrides, key) ?? lookup(table, key) ?? byKeywords(key) ?? openWord(key);
}

const OPEN = new Set(['open', 'offen', 'ouvert', 'ouverte', 'abierto', 'abierta', 'aperto', 'aberto', 'active', 'aktiv', 'in progress', '進行中', '进行中', '開啟', '开启', '未結案', '未结案', 'オープン', '商談中']);
function openWord(key: string): DealStatus | null {
  return OPEN.has(key) ? 'open' : null;
}

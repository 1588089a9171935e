import type { ExtractOptions } from '../contract';
import type { ExtractedDeal } from '../../domain/deal';
import { pageLocale } from '../dom';
import { cleanText, parseDate, parseMoney, parseProbability, stageToStatus, type DealColumn } from '../parse';
import { columnField } from '../parse/columns-hubspot';

export const CRM = 'hubspot';

/** HubSpot's own header/card labels beyond the shared vocabulary (de, zh-TW, zh-CN, ja UIs). */
const HUBSPOT_LABELS: Readonly<Record<string, DealColumn>> = {
  'name des deals': 'name', 'deal-name': 'name',
  'deal-besitzer': 'owner', '交易擁有者': 'owner', '交易負責人': 'owner', '取引所有者': 'owner', '取引担当者': 'owner',
  'zugeordnetes unternehmen': 'account', 'verknüpftes unternehmen': 'account', '關聯公司': 'account', '关联公司': 'account',
  '關聯的公司': 'account', '关联的公司': 'account', '関連付けられた会社': 'account', '関連会社': 'account',
  'erstelldatum': 'createdDate', '建立日期': 'createdDate', '作成日': 'createdDate',
  '結束日期': 'closeDate', '关闭日期': 'closeDate', '成交日期': 'closeDate', '完了予定日': 'closeDate', 'クローズ日': 'closeDate',
  'deal-wahrscheinlichkeit': 'probability', '交易機率': 'probability', '交易概率': 'probability', '取引確度': 'probability',
  'deal-phase': 'stage', 'dealphase': 'stage', '交易階段': 'stage', '交易阶段': 'stage', '取引ステージ': 'stage',
};

/** Label → field for HubSpot headers and card labels, any UI language. */
export const hubspotField = (label: string): DealColumn | null => columnField(label, HUBSPOT_LABELS);

/** Words HubSpot shows for "no owner". */
const NO_OWNER = /^(no owner|unassigned|kein(?:e)? (?:besitzer|inhaber)|無擁有者|没有负责人|无负责人|担当者なし|所有者なし)$/i;

export interface ReadContext {
  url: URL;
  locale: string | undefined;
  today: string | undefined;
  options: ExtractOptions | undefined;
}

export function readContext(root: ParentNode, url: URL, options?: ExtractOptions): ReadContext {
  return { url, locale: options?.locale ?? pageLocale(root), today: options?.today, options };
}

/** `X (Sales Pipeline)` → `X`, when the parenthetical names a pipeline (any language) or `pipelineName`. */
export function stripPipelineSuffix(stage: string, pipelineNames: ReadonlySet<string>): string {
  const m = /^(.*\S)\s*[(（]([^()（）]+)[)）]$/.exec(stage);
  if (!m?.[1] || !m[2]) return stage;
  const inner = m[2].trim();
  if (pipelineNames.has(inner.toLowerCase()) || /pipeline|管道|パイプライン|管線|流程/i.test(inner)) return m[1];
  return stage;
}

/** Cleaned text, or null for HubSpot's `--` placeholder and blanks. */
export function textOrNull(text: string): string | null {
  const t = cleanText(text);
  return t === '' || /^[-–—]+$/.test(t) ? null : t;
}

export function ownerOrNull(text: string): string | null {
  const t = textOrNull(text);
  return t && !NO_OWNER.test(t) ? t : null;
}

/** Sets one parsed field on a deal from its displayed text. */
export function assignField(
  deal: ExtractedDeal,
  field: string,
  text: string,
  ctx: ReadContext,
  order?: 'MDY' | 'DMY',
): void {
  switch (field) {
    case 'name': deal.name = cleanText(text); break;
    case 'account': deal.account = textOrNull(text); break;
    case 'owner': deal.owner = ownerOrNull(text); break;
    case 'stage': deal.stage = textOrNull(text); break;
    case 'amount': {
      const money = parseMoney(text, { locale: ctx.locale, crm: CRM });
      deal.amount = money ? money.amount : null;
      deal.currency = money ? money.currency : null;
      break;
    }
    case 'closeDate': deal.closeDate = parseDate(text, { locale: ctx.locale, today: ctx.today, order }); break;
    case 'createdDate': deal.createdDate = parseDate(text, { locale: ctx.locale, today: ctx.today, order }); break;
    case 'probability': deal.probability = parseProbability(text); break;
    default: break;
  }
}

/** Status from the stage label (HubSpot has no separate status column), with settings overrides. */
export function finish(deal: ExtractedDeal, ctx: ReadContext): ExtractedDeal {
  if (deal.stage !== undefined) {
    deal.status = deal.stage ? stageToStatus(deal.stage, CRM, ctx.options?.stageStatus) : 'open';
  }
  return deal;
}

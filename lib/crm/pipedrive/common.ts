import type { DealStatus } from '../../domain/primitives';
import type { ExtractedDeal } from '../../domain/deal';
import type { ExtractOptions } from '../contract';
import { pageLocale } from '../dom';
import { isPlaceholder } from '../page-context';
import {
  cleanText, parseDate, parseMoney, parseProbability, stageToStatus, statusFromLabel, type DealColumn,
} from '../parse';
import { columnField } from '../parse/columns-pipedrive';

export const CRM = 'pipedrive';

/** Pipedrive column labels beyond the shared vocabulary (de, zh-TW, zh-CN, ja UIs). */
const PIPEDRIVE_LABELS: Readonly<Record<string, DealColumn>> = {
  'deal erstellt': 'createdDate', 'deal erstellt am': 'createdDate', 'hinzugefügt am': 'createdDate',
  '交易建立時間': 'createdDate', '交易建立日期': 'createdDate', '交易创建时间': 'createdDate', '取引作成日': 'createdDate', '追加日時': 'createdDate',
  '標題': 'name', '标题': 'name', 'タイトル': 'name', '交易標題': 'name',
  '擁有者': 'owner', '拥有者': 'owner', '所有者': 'owner', '負責人': 'owner',
  '價值': 'amount', '价值': 'amount', '価値': 'amount', '金額': 'amount', 'deal-wert': 'amount',
  '預計成交日期': 'closeDate', '预计成交日期': 'closeDate', '予定成約日': 'closeDate', '成約予定日': 'closeDate', '予想成約日': 'closeDate',
  '確率': 'probability', '機率': 'probability', '概率': 'probability',
};

export const pipedriveField = (label: string): DealColumn | null => columnField(label, PIPEDRIVE_LABELS);

/** Pipedrive's explicit deal status words (Status column, detail badge) in the UI languages we expect. */
const STATUS_WORDS: Readonly<Record<string, DealStatus>> = {
  won: 'won', lost: 'lost', open: 'open',
  gewonnen: 'won', verloren: 'lost', offen: 'open',
  '贏得': 'won', '已贏得': 'won', '贏單': 'won', '成交': 'won', '失去': 'lost', '已失去': 'lost', '輸單': 'lost', '失敗': 'lost',
  '進行中': 'open', '開啟': 'open', '未結案': 'open',
  '赢得': 'won', '已赢得': 'won', '赢单': 'won', '丢失': 'lost', '已丢失': 'lost', '输单': 'lost', '失败': 'lost', '进行中': 'open', '开启': 'open',
  '受注': 'won', '成約': 'won', '獲得': 'won', '失注': 'lost', '進行中の取引': 'open', 'オープン': 'open',
  gagné: 'won', perdu: 'lost', ouvert: 'open', ganado: 'won', perdido: 'lost', abierto: 'open',
};
const DELETED = /^(deleted|gelöscht|已刪除|已删除|削除済み|supprimé|eliminado)$/i;

export interface ReadContext {
  url: URL;
  locale: string | undefined;
  today: string | undefined;
  options: ExtractOptions | undefined;
}

export function readContext(root: ParentNode, url: URL, options?: ExtractOptions): ReadContext {
  return { url, locale: options?.locale ?? pageLocale(root), today: options?.today, options };
}

export function textOrNull(text: string): string | null {
  const t = cleanText(text);
  return isPlaceholder(t) ? null : t;
}

/** An explicit status word, `deleted` for removed deals, or null when the text is not a status. */
export function explicitStatus(text: string): DealStatus | 'deleted' | null {
  const t = cleanText(text);
  if (!t) return null;
  if (DELETED.test(t)) return 'deleted';
  return statusFromLabel(t, CRM, STATUS_WORDS);
}

/** Sets one parsed field from its displayed text (the explicit status is handled by the caller). */
export function assignField(deal: ExtractedDeal, field: DealColumn, text: string, ctx: ReadContext, order?: 'MDY' | 'DMY'): void {
  switch (field) {
    case 'name': deal.name = cleanText(text); break;
    case 'account': deal.account = textOrNull(text); break;
    case 'owner': deal.owner = textOrNull(text); break;
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

/** Status: an explicit status wins; otherwise the stage's semantics (settings overrides first). */
export function settleStatus(deal: ExtractedDeal, explicit: DealStatus | null, ctx: ReadContext): ExtractedDeal {
  if (explicit) deal.status = explicit;
  else if (deal.stage !== undefined) deal.status = deal.stage ? stageToStatus(deal.stage, CRM, ctx.options?.stageStatus) : 'open';
  return deal;
}

import { columnMatcher, type ColumnLabels, type ColumnMatcher, type DealColumn } from './column-match';

/**
 * The column and field labels HubSpot shows for deals, in its UI languages (en, zh-TW, zh-CN, ja,
 * de, fr, es) plus its field API names: the HubSpot script carries only these, not the whole
 * dictionary of lib/crm/parse/columns.ts (every label here maps to the same field there; a test
 * checks it). Its own extra labels stay in lib/crm/hubspot/common.ts.
 */
export const HUBSPOT_COLUMN_LABELS: ColumnLabels = {
  name: ['deal name', 'name', 'dealname', '交易名稱', '交易名称', '取引名', 'deal-name', 'nom de la transaction', 'nombre del negocio'],
  account: ['company', 'company name', 'associated company', 'account', '公司', '公司名稱', '会社', '会社名',
    'firma', 'unternehmen', 'entreprise', 'société', 'empresa'],
  owner: ['deal owner', 'owner', 'hubspot_owner_id', '交易擁有者', '交易负责人', '擁有人', '负责人', '負責人', '取引担当者', '担当者', 'オーナー',
    'deal-inhaber', 'besitzer', 'inhaber', 'propriétaire', 'propietario'],
  amount: ['amount', 'deal amount', '金額', '金额', '交易金額', '交易金额', 'betrag', 'montant', 'importe'],
  stage: ['deal stage', 'stage', 'dealstage', 'pipeline stage', '交易階段', '交易阶段', '階段', '阶段', '取引ステージ', 'ステージ',
    'deal-phase', 'dealphase', 'phase', 'étape de la transaction', 'étape', 'etapa del negocio', 'etapa'],
  status: ['status', '狀態', '状态', 'ステータス', 'statut', 'estado'],
  closeDate: ['close date', 'closedate', '成交日期', 'クローズ日', '完了予定日', 'abschlussdatum', 'date de clôture', 'fecha de cierre'],
  createdDate: ['create date', 'created date', 'createdate', '建立日期', '创建日期', '作成日', 'erstellt am', 'erstellungsdatum',
    'date de création', 'fecha de creación'],
  probability: ['deal probability', 'probability', 'hs_deal_stage_probability', '機率', '概率', '確度', 'wahrscheinlichkeit',
    'probabilité', 'probabilidad'],
};

let matcher: ColumnMatcher | null = null;

/** `columnField` of lib/crm/parse/columns.ts over HubSpot's vocabulary only. */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (matcher ??= columnMatcher(HUBSPOT_COLUMN_LABELS)).columnField(header, extra);
}

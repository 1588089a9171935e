import { columnMatcher, type ColumnLabels, type ColumnMatcher, type DealColumn } from './column-match';

/**
 * The column and field labels Zoho CRM shows for deals, in its UI languages (en, zh-TW, zh-CN, ja,
 * de, fr, es) plus its field API names: the Zoho CRM script carries only these, not the whole
 * dictionary of lib/crm/parse/columns.ts (every label here maps to the same field there; a test
 * checks it). Columns are also mapped by API name in lib/crm/zoho/list.ts.
 */
export const ZOHO_COLUMN_LABELS: ColumnLabels = {
  name: ['deal name', 'potential name', 'name', 'dealname', '交易名稱', '交易名称', '商談名', 'deal-name',
    'nom de la transaction', 'nombre del negocio'],
  account: ['account name', 'potential account', 'account', 'accountname', '客戶名稱', '客户名称', '取引先名', '取引先',
    'kontoname', 'nom du compte', 'nombre de la cuenta', 'cuenta'],
  owner: ['deal owner', 'owner', '交易擁有者', '交易负责人', '擁有人', '所有人', '商談 所有者', '所有者', 'deal-inhaber', 'besitzer',
    'propriétaire', 'propietario'],
  amount: ['amount', 'deal amount', '金額', '金额', '交易金額', '交易金额', 'betrag', 'montant', 'importe'],
  stage: ['stage', '階段', '阶段', 'ステージ', 'フェーズ', 'phase', 'stufe', 'étape', 'etapa', 'fase'],
  status: ['status', '狀態', '状态', 'ステータス', 'statut', 'estado'],
  closeDate: ['closing date', 'close date', 'expected close date', '結案日期', '结案日期', '成交日期', '完了予定日', 'abschlussdatum',
    'date de clôture', 'fecha de cierre'],
  createdDate: ['created time', 'created date', '建立時間', '创建时间', '作成日時', '作成日', 'erstellt', 'erstellungsdatum',
    'date de création', 'fecha de creación'],
  probability: ['probability (%)', 'probability', '機率 (%)', '概率 (%)', '機率', '概率', '確度 (%)', '確度', '可能性 (%)',
    'wahrscheinlichkeit (%)', 'wahrscheinlichkeit', 'probabilité (%)', 'probabilité', 'probabilidad (%)', 'probabilidad'],
};

let matcher: ColumnMatcher | null = null;

/** `columnField` of lib/crm/parse/columns.ts over Zoho CRM's vocabulary only. */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (matcher ??= columnMatcher(ZOHO_COLUMN_LABELS)).columnField(header, extra);
}

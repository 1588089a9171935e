import { columnMatcher, type ColumnLabels, type ColumnMatcher, type DealColumn } from './column-match';

/**
 * The column and field labels Salesforce shows for deals, in its UI languages (en, zh-TW, zh-CN, ja,
 * de, fr, es) plus its field API names: the Salesforce script carries only these, not the whole
 * dictionary of lib/crm/parse/columns.ts (every label here maps to the same field there; a test
 * checks it). Lightning and Classic lists, record highlights and detail layouts.
 */
export const SALESFORCE_COLUMN_LABELS: ColumnLabels = {
  name: ['opportunity name', 'name', 'opportunityname', '商機名稱', '商机名称', '機會名稱', '机会名称', '商談名',
    'verkaufschancenname', 'verkaufschance', 'name der verkaufschance', "nom de l'opportunité", 'nombre de la oportunidad'],
  account: ['account name', 'account', 'accountname', '客戶名稱', '客户名称', '客戶', '客户', '取引先名', '取引先',
    'kontoname', 'nom du compte', 'compte', 'nombre de la cuenta', 'cuenta'],
  owner: ['opportunity owner', 'owner', 'owner name', 'owner full name', 'owner alias', 'opportunity owner alias', 'record owner',
    '商機擁有人', '商机所有人', '擁有人', '所有人', '商談 所有者', '所有者',
    'verkaufschancenbesitzer', 'besitzer', 'inhaber', "propriétaire de l'opportunité", 'propriétaire', 'propietario de la oportunidad', 'propietario'],
  amount: ['amount', 'opportunity amount', '金額', '金额', '商機金額', '金額 (通貨)', 'betrag', 'betrag (währung)', 'montant', 'importe'],
  stage: ['stage', 'stagename', '階段', '阶段', 'フェーズ', '商談フェーズ', 'phase', 'verkaufsphase', 'étape', 'etapa', 'fase', 'fase de venta'],
  status: ['status', '狀態', '状态', 'ステータス', 'statut', 'estado'],
  closeDate: ['close date', 'closedate', '結案日期', '结案日期', '完了予定日', '完了日', 'abschlussdatum', 'schlusstermin',
    'date de clôture', 'fecha de cierre'],
  createdDate: ['created date', 'createddate', '建立日期', '创建日期', '作成日', '作成日時', '作成日時 (日付)',
    'erstellungsdatum', 'erstellt am', 'date de création', 'fecha de creación'],
  probability: ['probability', 'probability (%)', '機率', '機率 (%)', '概率', '概率 (%)', '可能性', '可能性 (%)', '確度', '確度 (%)',
    'wahrscheinlichkeit', 'wahrscheinlichkeit (%)', 'probabilité', 'probabilité (%)', 'probabilidad', 'probabilidad (%)'],
};

let matcher: ColumnMatcher | null = null;

/** `columnField` of lib/crm/parse/columns.ts over Salesforce's vocabulary only. */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (matcher ??= columnMatcher(SALESFORCE_COLUMN_LABELS)).columnField(header, extra);
}

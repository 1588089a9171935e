import { columnMatcher, type ColumnLabels, type ColumnMatcher, type DealColumn } from './column-match';

/**
 * The column and field labels Dynamics 365 Sales shows for deals, in its UI languages (en, zh-TW, zh-CN, ja,
 * de, fr, es) plus its field API names: the Dynamics 365 Sales script carries only these, not the whole
 * dictionary of lib/crm/parse/columns.ts (every label here maps to the same field there; a test
 * checks it). Grid columns are also mapped by attribute name in lib/crm/dynamics.
 */
export const DYNAMICS_COLUMN_LABELS: ColumnLabels = {
  name: ['topic', 'name', 'トピック', 'thema', 'sujet', 'tema'],
  account: ['potential customer', 'account', 'customer', 'customerid', 'parentaccountid', '客戶', '客户', '顧客', '取引先',
    'potenzieller kunde', 'kunde', 'client potentiel', 'compte', 'cuenta'],
  owner: ['owner', 'ownerid', '擁有人', '負責人', '负责人', '所有者', 'besitzer', 'zuständig', 'propriétaire', 'propietario', 'responsable'],
  amount: ['est. revenue', 'estimated revenue', 'est revenue', 'estimatedvalue', '預估營收', '预估收入', '見込み収益', '予想収益',
    'geschätzter umsatz', "chiffre d'affaires estimé", 'ingresos estimados'],
  stage: ['pipeline phase', 'sales stage', 'stepname', 'salesstage', 'パイプラインフェーズ', 'pipelinephase', 'pipeline-phase', 'verkaufsphase',
    'phase du pipeline', 'fase de venta'],
  status: ['status', 'statecode', 'status reason', '狀態', '状态', 'ステータス', 'statut', 'estado'],
  closeDate: ['est. close date', 'estimated close date', 'estimatedclosedate', 'close date', '預計結案日期', '预计结案日期', '完了予定日',
    'geschätztes abschlussdatum', 'voraussichtliches abschlussdatum', 'date de clôture prévue', 'fecha de cierre estimada'],
  createdDate: ['created on', 'createdon', '建立日期', '创建日期', '作成日', 'erstellt am', 'créé le', 'creado el'],
  probability: ['probability', 'closeprobability', '機率', '概率', '確度', 'wahrscheinlichkeit', 'probabilité', 'probabilidad'],
};

let matcher: ColumnMatcher | null = null;

/** `columnField` of lib/crm/parse/columns.ts over Dynamics 365 Sales's vocabulary only. */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (matcher ??= columnMatcher(DYNAMICS_COLUMN_LABELS)).columnField(header, extra);
}

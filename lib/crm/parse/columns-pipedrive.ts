import { columnMatcher, type ColumnLabels, type ColumnMatcher, type DealColumn } from './column-match';

/**
 * The column and field labels Pipedrive shows for deals, in its UI languages (en, zh-TW, zh-CN, ja,
 * de, fr, es) plus its field API names: the Pipedrive script carries only these, not the whole
 * dictionary of lib/crm/parse/columns.ts (every label here maps to the same field there; a test
 * checks it). Its own extra labels stay in lib/crm/pipedrive/common.ts.
 */
export const PIPEDRIVE_COLUMN_LABELS: ColumnLabels = {
  name: ['title', 'deal title', 'name', 'deal', 'titel', '交易名稱', '交易名称'],
  account: ['organization', 'organisation', 'organization name', '组织', '組織', 'entreprise'],
  owner: ['owner', 'owner name', 'user', 'assigned to', 'besitzer', 'inhaber', '擁有人', '负责人', '負責人', '所有者', '担当者',
    'propriétaire', 'propietario'],
  amount: ['value', 'deal value', 'wert', 'deal-wert', 'dealwert', '價值', '价值', '金額', 'valeur', 'valor'],
  stage: ['stage', 'pipeline stage', 'stage_id', 'phase', 'pipelinephase', 'pipeline-phase', '階段', '阶段', 'ステージ', 'フェーズ',
    'étape', 'phase du pipeline', 'etapa', 'fase'],
  status: ['status', 'deal status', '狀態', '状态', 'ステータス', 'statut', 'estado', 'zustand'],
  closeDate: ['expected close date', 'expected_close_date', 'close date', 'erwartetes abschlussdatum', 'abschlussdatum',
    '預計成交日期', '预计成交日期', '完了予定日', 'date de clôture prévue', 'fecha de cierre prevista'],
  createdDate: ['deal created', 'deal created on', 'created', 'add_time', '建立時間', '创建时间', '作成日', '作成日時',
    'erstellt', 'erstellt am', 'angelegt am', 'créé le', 'creado el', 'creado'],
  probability: ['probability', 'deal probability', 'win probability', '機率', '概率', '確度', 'wahrscheinlichkeit',
    'probabilité', 'probabilidad'],
};

let matcher: ColumnMatcher | null = null;

/** `columnField` of lib/crm/parse/columns.ts over Pipedrive's vocabulary only. */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (matcher ??= columnMatcher(PIPEDRIVE_COLUMN_LABELS)).columnField(header, extra);
}

import { columnMatcher, type ColumnMatcher, type DealColumn } from './column-match';

export type { DealColumn } from './column-match';

/**
 * Column header labels per field (en, zh-TW, zh-CN, ja, de, fr, es), normalised with `normLabel`.
 * Users choose and reorder list columns, so adapters map cells by these labels (or by field API
 * names), never by position. Exact labels only: "Expected Revenue" or "Amount (converted)" must
 * not be read as the amount. This is the full dictionary (every CRM, generic tables); each
 * built-in CRM's adapter asks only the labels its CRM shows (columns-<crm>.ts, a subset checked
 * against this one by test/unit/crm/parse/columns-vocab.test.ts).
 */
export const LABELS: Record<DealColumn, readonly string[]> = {
  name: ['opportunity name', 'deal name', 'name', 'topic', 'title', 'deal title', 'potential name', 'deal',
    '商機名稱', '商机名称', '機會名稱', '机会名称', '交易名稱', '交易名称', '商談名', '取引名', 'トピック',
    'opportunityname', 'verkaufschancenname', 'verkaufschance', 'name der verkaufschance', 'thema', 'deal-name', 'dealname', 'titel',
    "nom de l'opportunité", 'nom de la transaction', 'sujet', 'nombre de la oportunidad', 'nombre del negocio', 'tema'],
  account: ['account name', 'account', 'company', 'company name', 'organization', 'organisation', 'organization name', 'potential account',
    'associated company', 'customer', 'potential customer', 'accountname', 'customerid', 'parentaccountid',
    '客戶名稱', '客户名称', '客戶', '客户', '公司', '公司名稱', '组织', '組織', '取引先名', '取引先', '会社', '会社名', '顧客',
    'accountname', 'firma', 'firmenname', 'organisation', 'potenzieller kunde', 'kunde', 'kontoname', 'unternehmen',
    'nom du compte', 'compte', 'entreprise', 'société', 'organisation', 'client potentiel', 'nombre de la cuenta', 'cuenta', 'empresa'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'owner name', 'owner full name', 'owner alias', 'sales rep', 'assigned to', 'user', 'record owner',
    'opportunity owner alias', 'ownerid', 'hubspot_owner_id',
    '商機擁有人', '商机所有人', '擁有人', '所有人', '負責人', '负责人', '交易擁有者', '交易负责人', '商談 所有者', '所有者', '取引担当者', '担当者', 'オーナー',
    'verkaufschancenbesitzer', 'besitzer', 'inhaber', 'zuständig', 'deal-inhaber', 'eigentümer', 'verantwortlich',
    "propriétaire de l'opportunité", 'propriétaire', 'propietario de la oportunidad', 'propietario', 'responsable'],
  amount: ['amount', 'deal value', 'value', 'est. revenue', 'estimated revenue', 'est revenue', 'deal amount', 'opportunity amount', 'estimatedvalue',
    '金額', '金额', '商機金額', '交易金額', '交易金额', '價值', '价值', '預估營收', '预估收入', '見込み収益', '予想収益', '金額 (通貨)',
    'betrag', 'wert', 'geschätzter umsatz', 'deal-wert', 'dealwert', 'umsatz', 'betrag (währung)',
    'montant', 'valeur', 'chiffre d\'affaires estimé', 'importe', 'valor', 'ingresos estimados'],
  stage: ['stage', 'deal stage', 'sales stage', 'pipeline phase', 'pipeline stage', 'phase', 'stagename', 'dealstage', 'stepname', 'salesstage', 'stage_id',
    '階段', '阶段', '交易階段', '交易阶段', '銷售階段', '销售阶段', 'フェーズ', '取引ステージ', 'ステージ', '商談フェーズ', 'パイプラインフェーズ',
    'phase', 'verkaufsphase', 'deal-phase', 'dealphase', 'pipelinephase', 'pipeline-phase', 'stufe',
    'étape', 'étape de la transaction', 'phase du pipeline', 'etapa', 'fase', 'fase de venta', 'etapa del negocio'],
  status: ['status', 'deal status', 'statecode', 'status reason', '狀態', '状态', 'ステータス', 'statut', 'estado', 'zustand'],
  closeDate: ['close date', 'closing date', 'expected close date', 'est. close date', 'estimated close date', 'closedate', 'estimatedclosedate', 'expected_close_date',
    '結案日期', '结案日期', '預計結案日期', '预计结案日期', '成交日期', '預計成交日期', '预计成交日期', '完了予定日', '完了日', '取引完了日', '受注予定日', 'クローズ日',
    'abschlussdatum', 'voraussichtliches abschlussdatum', 'geschätztes abschlussdatum', 'erwartetes abschlussdatum', 'schlusstermin',
    'date de clôture', 'date de clôture prévue', 'fecha de cierre', 'fecha de cierre prevista', 'fecha de cierre estimada'],
  createdDate: ['created date', 'created time', 'create date', 'created on', 'created', 'deal created', 'createddate', 'createdon', 'createdate', 'add_time', 'deal created on',
    '建立日期', '创建日期', '建立時間', '创建时间', '作成日', '作成日時', '作成日時 (日付)',
    'erstellt am', 'erstellungsdatum', 'erstellt', 'angelegt am',
    'date de création', 'créé le', 'fecha de creación', 'creado el', 'creado'],
  probability: ['probability', 'probability (%)', 'deal probability', 'win probability', 'closeprobability', 'hs_deal_stage_probability',
    '可能性', '可能性 (%)', '機率', '概率', '機率 (%)', '概率 (%)', '確度', '確度 (%)', '受注確度',
    'wahrscheinlichkeit', 'wahrscheinlichkeit (%)', 'abschlusswahrscheinlichkeit', 'probabilité', 'probabilité (%)', 'probabilidad', 'probabilidad (%)'],
};

// The matcher is made on first use, not at load: a module without top-level work is dropped from
// the content scripts that never ask the full dictionary (each CRM's script asks only its own
// vocabulary, lib/crm/parse/columns-<crm>.ts).
let full: ColumnMatcher | null = null;

/** The deal field a header stands for in any CRM's vocabulary (generic readers, `npm run extract`). */
export function columnField(header: string | null | undefined, extra?: Readonly<Record<string, DealColumn>>): DealColumn | null {
  return (full ??= columnMatcher(LABELS)).columnField(header, extra);
}

/** Maps each field to its column index in any CRM's vocabulary (the first column wins when a field appears twice). */
export function mapColumns(headers: readonly (string | null)[], extra?: Readonly<Record<string, DealColumn>>): Map<DealColumn, number> {
  return (full ??= columnMatcher(LABELS)).mapColumns(headers, extra);
}

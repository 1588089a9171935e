import { columnMatcher, mapColumnsWith, type ColumnMatcher, type DealColumn } from './column-match';

export type { DealColumn } from './column-match';

/**
 * Column header labels per field (en, zh-TW, zh-CN, ja, de, fr, es), normalised with `normLabel`.
 * Users choose and reorder list columns, so adapters map cells by these labels (or by field API
 * names), never by position. Exact labels only: "Expected Revenue" or "Amount (converted)" must
 * not be read as the amount. This is the full dictionary (every CRM, generic tables); each
 * built-in CRM's adapter asks only the labels its CRM shows (columns-<crm>.ts, a subset checked
 * against this one by test/unit/crm/parse/columns-vocab.test.ts). Order within a field does not
 * change a match; the labels the generic dictionary (lib/crm/generic/headers.ts) shares come
 * first, in the order that file repeats them, so gzip stores them once in generic.js.
 */
export const LABELS: Record<DealColumn, readonly string[]> = {
  name: ['opportunity name', 'deal name', 'name', 'title', 'deal title', 'deal', '商機名稱', '商机名称', '机会名称', '商談名', 'verkaufschance', 'titel',
    "nom de l'opportunité", 'nombre de la oportunidad', 'topic', 'potential name', '機會名稱', '交易名稱', '交易名称', '取引名', 'トピック', 'opportunityname',
    'verkaufschancenname', 'name der verkaufschance', 'thema', 'deal-name', 'dealname', 'nom de la transaction', 'sujet', 'nombre del negocio',
    'tema'],
  account: ['account name', 'account', 'company', 'company name', 'organization', 'organisation', 'organization name', 'customer', '客戶名稱', '客户名称',
    '客戶', '客户', '公司', '公司名稱', '取引先名', '取引先', '会社', '会社名', '顧客', 'firma', 'kunde', 'unternehmen', 'compte', 'entreprise', 'société', 'cuenta',
    'empresa', 'potential account', 'associated company', 'potential customer', 'accountname', 'customerid', 'parentaccountid', '组织', '組織',
    'firmenname', 'potenzieller kunde', 'kontoname', 'nom du compte', 'client potentiel', 'nombre de la cuenta'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'sales rep', 'assigned to', 'user', '負責人', '负责人', '所有者', '担当者', 'besitzer', 'inhaber',
    'zuständig', 'verantwortlich', 'propriétaire', 'propietario', 'responsable', 'owner name', 'owner full name', 'owner alias', 'record owner',
    'opportunity owner alias', 'ownerid', 'hubspot_owner_id', '商機擁有人', '商机所有人', '擁有人', '所有人', '交易擁有者', '交易负责人', '商談 所有者', '取引担当者', 'オーナー',
    'verkaufschancenbesitzer', 'deal-inhaber', 'eigentümer', "propriétaire de l'opportunité", 'propietario de la oportunidad'],
  amount: ['amount', 'deal value', 'value', 'deal amount', 'opportunity amount', '金額', '金额', '商機金額', 'betrag', 'wert', 'umsatz', 'montant', 'valeur',
    'importe', 'valor', 'est. revenue', 'estimated revenue', 'est revenue', 'estimatedvalue', '交易金額', '交易金额', '價值', '价值', '預估營收', '预估收入', '見込み収益',
    '予想収益', '金額 (通貨)', 'geschätzter umsatz', 'deal-wert', 'dealwert', 'betrag (währung)', "chiffre d'affaires estimé", 'ingresos estimados'],
  stage: ['stage', 'deal stage', 'sales stage', 'pipeline phase', 'pipeline stage', 'phase', '階段', '阶段', '銷售階段', '销售阶段', 'フェーズ', 'ステージ',
    'verkaufsphase', 'stufe', 'étape', 'etapa', 'fase', 'stagename', 'dealstage', 'stepname', 'salesstage', 'stage_id', '交易階段', '交易阶段', '取引ステージ',
    '商談フェーズ', 'パイプラインフェーズ', 'deal-phase', 'dealphase', 'pipelinephase', 'pipeline-phase', 'étape de la transaction', 'phase du pipeline',
    'fase de venta', 'etapa del negocio'],
  status: ['status', '狀態', '状态', 'ステータス', 'statut', 'estado', 'zustand', 'deal status', 'statecode', 'status reason'],
  closeDate: ['close date', 'closing date', 'expected close date', 'est. close date', 'estimated close date', '結案日期', '结案日期', '預計結案日期', '成交日期',
    '預計成交日期', '预计成交日期', '完了予定日', '完了日', '受注予定日', 'abschlussdatum', 'date de clôture', 'date de clôture prévue', 'fecha de cierre',
    'fecha de cierre prevista', 'fecha de cierre estimada', 'closedate', 'estimatedclosedate', 'expected_close_date', '预计结案日期', '取引完了日', 'クローズ日',
    'voraussichtliches abschlussdatum', 'geschätztes abschlussdatum', 'erwartetes abschlussdatum', 'schlusstermin'],
  createdDate: ['created date', 'created on', 'created', '建立日期', '创建日期', '建立時間', '创建时间', '作成日', '作成日時', 'erstellt am', 'erstellt', 'date de création',
    'créé le', 'fecha de creación', 'creado', 'created time', 'create date', 'deal created', 'createddate', 'createdon', 'createdate', 'add_time',
    'deal created on', '作成日時 (日付)', 'erstellungsdatum', 'angelegt am', 'creado el'],
  probability: ['probability', 'win probability', '可能性', '機率', '概率', '確度', '受注確度', 'wahrscheinlichkeit', 'abschlusswahrscheinlichkeit', 'probabilité',
    'probabilidad', 'probability (%)', 'deal probability', 'closeprobability', 'hs_deal_stage_probability', '可能性 (%)', '機率 (%)', '概率 (%)', '確度 (%)',
    'wahrscheinlichkeit (%)', 'probabilité (%)', 'probabilidad (%)'],
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
  return mapColumnsWith((full ??= columnMatcher(LABELS)).columnField, headers, extra);
}

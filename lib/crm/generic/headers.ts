import { columnField, type DealColumn } from '../parse';

/**
 * Column header labels → deal fields, for CRMs Pacer has no adapter for. The built-in adapters'
 * exact labels (lib/crm/parse/columns.ts) are asked first; this dictionary adds the labels of
 * self-hosted and niche CRMs (en, zh-TW, zh-CN, ja, de, fr, es), compared after
 * `normalizeHeader` (case, punctuation, sort arrows, full-width forms and accents do not matter),
 * and a whole-word search inside longer headers ("Deal Owner", "Amount in USD").
 */
export const HEADER_FIELDS = [
  'name', 'amount', 'stage', 'closeDate', 'owner', 'account', 'probability', 'status', 'createdDate',
] as const satisfies readonly DealColumn[];
export type HeaderField = DealColumn;

/**
 * Order within a field does not change a match (a label in two fields belongs to the first of
 * HEADER_FIELDS). Each list starts with the labels it shares with lib/crm/parse/columns.ts, in
 * that file's order and spelling (accents are normalized away here), so generic.js, which
 * bundles both, stores them once after gzip (~0.3 KB; issue #7's 25 KB budget).
 */
const LABELS: Record<HeaderField, readonly string[]> = {
  name: ['opportunity name', 'deal name', 'name', 'title', 'deal title', 'deal', '商機名稱', '商机名称', '机会名称', '商談名', 'verkaufschance', 'titel',
    "nom de l'opportunité", 'nombre de la oportunidad', 'opportunity', 'opportunity title', 'lead', 'lead name', 'pipeline item', '商機', '案件名稱', '名稱',
    '商机', '名称', '商談', '案件名', '案件', 'bezeichnung', 'opportunite', 'nom', 'nom de la affaire', 'affaire', 'titre', 'oportunidad', 'nombre', 'negocio',
    'titulo'],
  account: ['account name', 'account', 'company', 'company name', 'organization', 'organisation', 'organization name', 'customer', '客戶名稱', '客户名称',
    '客戶', '客户', '公司', '公司名稱', '取引先名', '取引先', '会社', '会社名', '顧客', 'firma', 'kunde', 'unternehmen', 'compte', 'entreprise', 'société', 'cuenta',
    'empresa', 'customer name', 'client', 'partner', '公司名称', 'konto', 'cliente', 'organizacion'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'sales rep', 'assigned to', 'user', '負責人', '负责人', '所有者', '担当者', 'besitzer', 'inhaber',
    'zuständig', 'verantwortlich', 'propriétaire', 'propietario', 'responsable', 'salesperson', 'sales person', 'rep', 'assigned user', 'assignee',
    'responsible', '業務', '業務員', '擁有者', '销售', '销售代表', '担当', '営業担当', 'verantwortlicher', 'vertriebsmitarbeiter', 'commercial', 'vendedor', 'comercial',
    'asignado a'],
  amount: ['amount', 'deal value', 'value', 'deal amount', 'opportunity amount', '金額', '金额', '商機金額', 'betrag', 'wert', 'umsatz', 'montant', 'valeur',
    'importe', 'valor', 'opportunity value', 'revenue', 'expected amount', 'total value', 'price', '商机金额', '预计金额', '預計金額', '価格', '金額合計', '見込金額',
    'volumen', 'auftragswert', "montant de l'opportunite", 'chiffre daffaires', 'monto', 'cantidad'],
  stage: ['stage', 'deal stage', 'sales stage', 'pipeline phase', 'pipeline stage', 'phase', '階段', '阶段', '銷售階段', '销售阶段', 'フェーズ', 'ステージ',
    'verkaufsphase', 'stufe', 'étape', 'etapa', 'fase', '商機階段', '商机阶段', 'ステップ', '段階', 'etape de vente', 'phase de vente', 'etapa de venta'],
  status: ['status', '狀態', '状态', 'ステータス', 'statut', 'estado', 'zustand', '状態'],
  closeDate: ['close date', 'closing date', 'expected close date', 'est. close date', 'estimated close date', '結案日期', '结案日期', '預計結案日期', '成交日期',
    '預計成交日期', '预计成交日期', '完了予定日', '完了日', '受注予定日', 'abschlussdatum', 'date de clôture', 'date de clôture prévue', 'fecha de cierre',
    'fecha de cierre prevista', 'fecha de cierre estimada', 'expected close', 'close', 'closed on', 'closed date', 'expected closing',
    'expected closing date', 'due to close', '预计结束日期', 'クローズ予定日', '成約予定日', 'voraussichtlicher abschluss', 'abschluss', 'erwarteter abschluss',
    'cloture', 'cloture prevue', 'cierre', 'cierre previsto'],
  createdDate: ['created date', 'created on', 'created', '建立日期', '创建日期', '建立時間', '创建时间', '作成日', '作成日時', 'erstellt am', 'erstellt', 'date de création',
    'créé le', 'fecha de creación', 'creado', 'date created', 'creation date', 'created at', '登録日', 'erstelldatum'],
  probability: ['probability', 'win probability', '可能性', '機率', '概率', '確度', '受注確度', 'wahrscheinlichkeit', 'abschlusswahrscheinlichkeit', 'probabilité',
    'probabilidad', 'likelihood', 'confidence', '成交機率', '贏單率', '成交概率', '赢单率'],
};

/**
 * Headers that look like a deal field but are not the one we want (weighted or forecast values,
 * other dates). They map to nothing, so a "Weighted amount" column never wins over "Amount".
 */
const NOT_FIELDS = [
  'weighted', 'expected revenue', 'forecast', 'due date', 'last activity', 'next activity', 'next step',
  'modified', 'updated', 'last modified', 'id', 'number', 'last', 'lifetime', 'previous', 'ltv', 'converted', 'umgerechnet', '換算', '折算', 'email', 'e mail', 'phone', 'gewichtet', 'pondere', 'ponderado', '加權', '加权', '加重',
];

/** Headers that mark a table as something other than deals (invoices, orders, payments). */
const NOT_DEALS = [
  'invoice', 'invoice number', 'invoice no', 'bill', 'order number', 'payment', 'receipt',
  '發票', '发票', '請求書', '請求番号', 'rechnung', 'rechnungsnummer', 'facture', 'factura',
];

/** NFKC, lower case, no Latin accents, no punctuation or symbols, no "(USD)" suffixes, single spaces. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    // Unit suffixes only (`(USD)`, `(%)`, `（元）`): `Amount (converted)` keeps its words.
    .replace(/\(\s*(?:[A-Za-z]{3}|[^\p{L}\d\s]{1,3}|元|円|%)\s*\)/gu, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\p{P}\p{S}]+/gu, (m) => (m.includes("'") || m.includes('’') ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

const norm = (labels: readonly string[]): string[] => labels.map(normalizeHeader).filter((l) => l.length > 0);
const EXACT = new Map<string, HeaderField>();
for (const field of HEADER_FIELDS) for (const l of norm(LABELS[field])) if (!EXACT.has(l)) EXACT.set(l, field);
const NOT_FIELD_LABELS = norm(NOT_FIELDS);
const NOT_DEAL_LABELS = norm(NOT_DEALS);
const FUZZY = [...EXACT.entries()].sort((a, b) => b[0].length - a[0].length);

const isCjk = (s: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

/** Whole words for Latin labels ("deal owner" contains "owner"), plain substrings for CJK ones. */
function contains(header: string, label: string): boolean {
  if (isCjk(label)) return header.includes(label);
  return ` ${header} `.includes(` ${label} `);
}

export interface HeaderMatch {
  field: HeaderField;
  /** true when the whole header is a known label; false when a label was found inside it. */
  exact: boolean;
}

/** The deal field a column header stands for, or null. */
export function matchHeader(text: string): HeaderMatch | null {
  const h = normalizeHeader(text);
  if (!h || h.length > 60) return null;
  const shared = columnField(text);
  if (shared) return { field: shared, exact: true };
  const exact = EXACT.get(h);
  if (exact) return { field: exact, exact: true };
  if (NOT_FIELD_LABELS.some((l) => contains(h, l))) return null;
  for (const [label, field] of FUZZY) if (contains(h, label)) return { field, exact: false };
  return null;
}

export const headerField = (text: string): HeaderField | null => matchHeader(text)?.field ?? null;

/** Does this header say the table lists invoices, orders or payments rather than deals? */
export function isNonDealHeader(text: string): boolean {
  const h = normalizeHeader(text);
  return NOT_DEAL_LABELS.some((l) => contains(h, l));
}

/**
 * Maps each deal field to a column index: exact labels beat labels found inside a longer header,
 * then the leftmost column wins (a list rarely shows the same field twice, and when it does the
 * first is the primary one).
 */
export function mapColumns(headers: readonly string[]): Partial<Record<HeaderField, number>> {
  const best: Partial<Record<HeaderField, { index: number; exact: boolean }>> = {};
  headers.forEach((text, index) => {
    const m = matchHeader(text);
    if (!m) return;
    const prev = best[m.field];
    if (!prev || (m.exact && !prev.exact)) best[m.field] = { index, exact: m.exact };
  });
  const out: Partial<Record<HeaderField, number>> = {};
  for (const f of HEADER_FIELDS) {
    const b = best[f];
    if (b) out[f] = b.index;
  }
  return out;
}

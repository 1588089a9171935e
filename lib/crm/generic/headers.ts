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

const LABELS: Record<HeaderField, readonly string[]> = {
  name: [
    'name', 'deal', 'deal name', 'deal title', 'title', 'opportunity', 'opportunity name', 'opportunity title',
    'lead', 'lead name', 'pipeline item',
    '商機名稱', '商機', '案件名稱', '名稱', '商机名称', '商机', '机会名称', '名称', '商談名', '商談', '案件名', '案件',
    'verkaufschance', 'opportunity name', 'titel', 'bezeichnung', 'deal name',
    'opportunite', 'nom', "nom de l'opportunite", 'nom de la affaire', 'affaire', 'titre',
    'oportunidad', 'nombre', 'nombre de la oportunidad', 'negocio', 'titulo',
  ],
  amount: [
    'amount', 'value', 'deal value', 'deal amount', 'opportunity amount', 'opportunity value', 'revenue',
    'expected amount', 'total value', 'price',
    '金額', '商機金額', '金额', '商机金额', '预计金额', '預計金額', '価格', '金額合計', '見込金額',
    'betrag', 'wert', 'volumen', 'umsatz', 'auftragswert',
    'montant', 'valeur', "montant de l'opportunite", 'chiffre daffaires',
    'importe', 'valor', 'monto', 'cantidad',
  ],
  stage: [
    'stage', 'deal stage', 'sales stage', 'pipeline stage', 'phase', 'pipeline phase',
    '階段', '銷售階段', '商機階段', '阶段', '销售阶段', '商机阶段', 'ステージ', 'フェーズ', 'ステップ', '段階',
    'verkaufsphase', 'stufe', 'etape', 'etape de vente', 'phase de vente', 'etapa', 'etapa de venta', 'fase',
  ],
  closeDate: [
    'close date', 'closing date', 'expected close', 'expected close date', 'close', 'closed on', 'closed date',
    'est close date', 'estimated close date', 'expected closing', 'expected closing date', 'due to close',
    '結案日期', '預計結案日期', '預計成交日期', '成交日期', '结案日期', '预计成交日期', '成交日期', '预计结束日期',
    '完了予定日', 'クローズ予定日', '受注予定日', '成約予定日', '完了日',
    'abschlussdatum', 'voraussichtlicher abschluss', 'abschluss', 'erwarteter abschluss',
    'date de cloture', 'date de cloture prevue', 'cloture', 'cloture prevue',
    'fecha de cierre', 'fecha de cierre prevista', 'fecha de cierre estimada', 'cierre', 'cierre previsto',
  ],
  owner: [
    'owner', 'deal owner', 'opportunity owner', 'sales rep', 'salesperson', 'sales person', 'rep', 'assigned to',
    'assigned user', 'assignee', 'user', 'responsible',
    '負責人', '業務', '業務員', '擁有者', '负责人', '销售', '销售代表', '所有者', '担当者', '担当', '営業担当', '所有者',
    'verantwortlich', 'verantwortlicher', 'besitzer', 'inhaber', 'vertriebsmitarbeiter', 'zustandig',
    'proprietaire', 'responsable', 'commercial', 'propietario', 'vendedor', 'comercial', 'asignado a',
  ],
  account: [
    'account', 'account name', 'company', 'company name', 'customer', 'customer name', 'client', 'organization',
    'organisation', 'organization name', 'partner',
    '客戶', '客戶名稱', '公司', '公司名稱', '客户', '客户名称', '公司名称', '取引先', '取引先名', '会社', '会社名', '顧客',
    'unternehmen', 'firma', 'kunde', 'konto', 'organisation',
    'entreprise', 'societe', 'compte', 'client', 'organisation',
    'empresa', 'cliente', 'cuenta', 'organizacion',
  ],
  probability: [
    'probability', 'win probability', 'probability %', 'likelihood', 'confidence',
    '機率', '成交機率', '贏單率', '概率', '成交概率', '赢单率', '可能性', '確度', '受注確度',
    'wahrscheinlichkeit', 'abschlusswahrscheinlichkeit', 'probabilite', 'probabilidad',
  ],
  status: ['status', '狀態', '状态', 'ステータス', '状態', 'statut', 'estado', 'zustand'],
  createdDate: [
    'created', 'created date', 'created on', 'date created', 'creation date', 'created at',
    '建立日期', '建立時間', '创建日期', '创建时间', '作成日', '作成日時', '登録日',
    'erstellt', 'erstellt am', 'erstelldatum', 'cree le', 'date de creation', 'creado', 'fecha de creacion',
  ],
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

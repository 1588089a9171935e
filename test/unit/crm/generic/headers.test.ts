import { describe, expect, it } from 'vitest';
import { headerField, isNonDealHeader, mapColumns, normalizeHeader } from '../../../../lib/crm/generic/headers';
import { judgeHeaders } from '../../../../lib/crm/generic/table';

describe('generic header dictionary', () => {
  it.each([
    ['Amount', 'amount'], ['Deal value', 'amount'], ['金額', 'amount'], ['金额（元）', 'amount'], ['Betrag', 'amount'],
    ['Montant', 'amount'], ['Importe', 'amount'],
    ['Stage', 'stage'], ['階段', 'stage'], ['阶段', 'stage'], ['ステージ', 'stage'], ['Phase', 'stage'], ['ÉTAPE', 'stage'], ['Etapa', 'stage'],
    ['Close date ▲', 'closeDate'], ['Expected close', 'closeDate'], ['結案日期', 'closeDate'], ['预计成交日期', 'closeDate'],
    ['完了予定日', 'closeDate'], ['Abschlussdatum', 'closeDate'], ['Date de clôture', 'closeDate'], ['Fecha de cierre', 'closeDate'],
    ['Owner', 'owner'], ['Sales rep', 'owner'], ['負責人', 'owner'], ['负责人', 'owner'], ['担当者', 'owner'],
    ['Verantwortlich', 'owner'], ['Propriétaire', 'owner'], ['Propietario', 'owner'],
    ['Account', 'account'], ['Company', 'account'], ['客戶', 'account'], ['公司', 'account'], ['取引先', 'account'],
    ['Unternehmen', 'account'], ['Entreprise', 'account'], ['Empresa', 'account'],
    ['Probability (%)', 'probability'], ['機率', 'probability'], ['概率', 'probability'], ['確度', 'probability'],
    ['Wahrscheinlichkeit', 'probability'], ['Probabilité', 'probability'], ['Probabilidad', 'probability'],
    ['Name', 'name'], ['Deal', 'name'], ['Opportunity', 'name'], ['商機名稱', 'name'], ['商机名称', 'name'], ['商談名', 'name'],
    ['Opportunité', 'name'], ['Oportunidad', 'name'],
    ['Status', 'status'], ['Created', 'createdDate'], ['Date Created', 'createdDate'],
    // found inside longer headers, whole words only
    ['Deal Owner Name', 'owner'], ['Amount in USD', 'amount'], ['ＡＭＯＵＮＴ', 'amount'],
  ])('%s → %s', (label, field) => {
    expect(headerField(label)).toBe(field);
  });

  it.each(['Weighted amount', 'Due date', 'Email', 'Deal ID', 'Last activity', '', 'Phone number'])('%j is no deal field', (label) => {
    expect(headerField(label)).toBeNull();
  });

  it('normalizes case, width, accents, punctuation and unit suffixes', () => {
    expect(normalizeHeader('  Étape   de Vente: ')).toBe('etape de vente');
    expect(normalizeHeader('Amount (USD) ↓')).toBe('amount');
    expect(normalizeHeader('ＣＬＯＳＥ　ＤＡＴＥ')).toBe('close date');
  });

  it('prefers an exact label over one found inside a longer header, then the leftmost', () => {
    expect(mapColumns(['Deal ID', 'Amount (converted to EUR)', 'Deal name', 'Amount', 'Stage', 'Stage'])).toMatchObject({ name: 2, amount: 3, stage: 4 });
  });

  it('reads a grid only with name, amount and stage or close date', () => {
    expect(judgeHeaders(['Name', 'Amount', 'Stage']).ok).toBe(true);
    expect(judgeHeaders(['Name', 'Amount', 'Close date']).ok).toBe(true);
    expect(judgeHeaders(['Name', 'Email', 'Company', 'Lifetime value'])).toMatchObject({ ok: false, reason: 'missing-columns' });
    expect(judgeHeaders(['Name', 'Stage', 'Close date'])).toMatchObject({ ok: false, missing: ['amount'] });
    expect(judgeHeaders(['Invoice #', 'Customer', 'Amount', 'Due date', 'Status'])).toMatchObject({ ok: false, reason: 'not-deals' });
    expect(isNonDealHeader('Rechnungsnummer')).toBe(true);
  });
});

describe('contact lists are not deal lists', () => {
  it('needs two of name, amount and stage/close date named exactly', () => {
    expect(judgeHeaders(['Name', 'Account Name', 'Title', 'Phone', 'Email', 'Contact Owner', 'Lifetime Value', 'Last Deal Close Date']).ok).toBe(false);
    expect(judgeHeaders(['Name', 'Customer', 'Total value of deal', 'Deal stage now']).ok).toBe(false);
    expect(judgeHeaders(['Deal name', 'Customer', 'Amount in EUR', 'Close date']).ok).toBe(true);
  });
});

/**
 * Accounts compare by normalized name (kpi-definitions.md): Unicode NFKC, lower-cased, trimmed,
 * inner white space collapsed. "ＡＣＭＥ  Corp " and "acme corp" are one customer.
 */
export function normalizeAccount(name: string): string {
  // Printable ASCII is its own NFKC form: most CRM account names skip the Unicode tables.
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) {
    const c = name.charCodeAt(i);
    ascii = c >= 0x20 && c < 0x7f;
  }
  return (ascii ? name : name.normalize('NFKC')).toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * normalizeAccount with a cache: accounts repeat across many deals, and NFKC is the most
 * expensive step of preparing 100k deals.
 */
export function accountNormalizer(): (name: string | null) => string | null {
  const cache = new Map<string, string | null>();
  return (name) => {
    if (name === null) return null;
    let v = cache.get(name);
    if (v === undefined) {
      const n = normalizeAccount(name);
      cache.set(name, (v = n === '' ? null : n));
    }
    return v;
  };
}

/** Earliest won closeDate per normalized account, merged with an aggregate from storage if given. */
export function firstWonByAccount(
  deals: Iterable<{ status: string; account: string | null; closeDate: string | null }>,
  given?: ReadonlyMap<string, string>,
): Map<string, string> {
  const out = new Map<string, string>(given ?? []);
  for (const d of deals) {
    if (d.status !== 'won' || d.account === null || d.closeDate === null) continue;
    const cur = out.get(d.account);
    if (cur === undefined || d.closeDate < cur) out.set(d.account, d.closeDate);
  }
  return out;
}

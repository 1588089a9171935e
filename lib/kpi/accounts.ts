/**
 * Accounts compare by normalized name (kpi-definitions.md): Unicode NFKC, lower-cased, trimmed,
 * inner white space collapsed. "ＡＣＭＥ  Corp " and "acme corp" are one customer.
 */
export function normalizeAccount(name: string): string {
  // Printable ASCII is its own NFKC form: most CRM account names skip the Unicode tables. Its
  // only white space is the space: without one at either end or two in a row, trimming and
  // collapsing change nothing, so only the lower-casing allocates.
  let ascii = true;
  let plain = name.length > 0 && name.charCodeAt(0) !== 0x20 && name.charCodeAt(name.length - 1) !== 0x20;
  for (let i = 0; i < name.length && ascii; i++) {
    const c = name.charCodeAt(i);
    ascii = c >= 0x20 && c < 0x7f;
    if (c === 0x20 && name.charCodeAt(i + 1) === 0x20) plain = false;
  }
  if (ascii && plain) return name.toLowerCase();
  return (ascii ? name : name.normalize('NFKC')).toLowerCase().trim().replace(/\s+/g, ' ');
}

/** normalizeAccount, with null for an absent or blank name (how prepared deals hold accounts). */
export function accountOrNull(name: string | null): string | null {
  if (name === null) return null;
  const n = normalizeAccount(name);
  return n === '' ? null : n;
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
    if (v === undefined) cache.set(name, (v = accountOrNull(name)));
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

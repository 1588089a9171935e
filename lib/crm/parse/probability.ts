/** `75%`, `75 %`, `75`, `12,5 %` → 0–100; blank, placeholders and out-of-range values → null. */
export function parseProbability(text: string | null | undefined): number | null {
  if (text == null) return null;
  const s = text.normalize('NFKC').replace(/\s+/g, '').trim();
  const m = /^(-?\d+(?:[.,]\d+)?)%?$/.exec(s);
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  return n;
}

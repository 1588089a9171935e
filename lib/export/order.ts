/**
 * The deterministic record order of a backup, so export → import → export yields the same
 * document: plain code-unit string comparison (the same on every machine and locale).
 */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const cmpBy = <T>(...keys: ((r: T) => string)[]) => (a: T, b: T): number => {
  for (const k of keys) {
    const c = cmp(k(a), k(b));
    if (c !== 0) return c;
  }
  return 0;
};

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export const dealOrder = cmpBy<{ crm: string; sourceId: string }>((d) => d.crm, (d) => d.sourceId);
export const observationOrder = cmpBy<{ crm: string; sourceId: string; at: string; stage: string | null; status: string; amount: number | null; closeDate: string | null }>(
  (o) => o.crm, (o) => o.sourceId, (o) => o.at, (o) => s(o.stage), (o) => o.status, (o) => s(o.amount), (o) => s(o.closeDate),
);
export const idOrder = cmpBy<{ id: string }>((r) => r.id);
export const csatOrder = cmpBy<{ owner: string; period: string }>((r) => r.owner, (r) => r.period);
export const agendaOrder = csatOrder;

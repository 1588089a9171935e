import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dealSchema } from '../../../lib/domain/deal';

/**
 * Under the MV3 CSP a `new Function` attempt is refused and reported as a violation, so zod must
 * never try its JIT: importing any domain schema makes zod jitless (lib/domain/primitives.ts).
 */
const RealFunction = globalThis.Function;
afterEach(() => { globalThis.Function = RealFunction; });

describe('zod runs without eval', () => {
  it('is configured jitless by the domain schemas', () => {
    expect(dealSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('validates objects without ever constructing a Function', () => {
    let constructed = 0;
    globalThis.Function = new Proxy(RealFunction, { construct: (target, args) => { constructed++; return Reflect.construct(target, args) as object; } });
    const schema = z.object({ a: z.string(), b: z.number().optional() });
    for (let i = 0; i < 20; i++) expect(schema.safeParse({ a: 'x', b: i }).success).toBe(true);
    expect(constructed).toBe(0);
  });
});

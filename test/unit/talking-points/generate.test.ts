import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../lib/domain/settings';
import { RULES } from '../../../lib/talking-points';
import { goal, open, scope, won } from './helpers';

const deals = [open('2026-11-01', { amount: 5, name: '<b>Acme</b>' }), open('2026-12-01', { probability: 10 }), won('2026-10-02', { amount: 10 })];

describe('generateTalkingPoints', () => {
  it('has one rule a file for every rule of the spec', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([
      'below-team', 'big-win', 'cycle-longer', 'deal-size-down', 'early-stage-closing', 'goal-achieved', 'goal-pace',
      'rank', 'set-next-goal', 'slipped-deals', 'stalled-deals', 'win-rate-down', 'win-rate-up',
    ]);
  });

  it('orders by priority, then rule id, then subject; stable across runs', () => {
    const r = scope(deals, { goals: [goal({ id: 'z' }), goal({ id: 'a', target: { kind: 'absolute', value: 10 } })] });
    const keys = r.talkingPoints.map((p) => [p.priority, p.rule, p.id] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(scope(deals, { goals: [goal({ id: 'z' }), goal({ id: 'a', target: { kind: 'absolute', value: 10 } })] }).talkingPoints).toEqual(r.talkingPoints);
    expect(new Set(r.talkingPoints.map((p) => p.id)).size).toBe(r.talkingPoints.length);
  });

  it('localizes every point in every language, page text kept as plain text', () => {
    for (const lang of LANGUAGES) {
      const r = scope(deals, { goals: [goal({})], lang });
      for (const p of r.talkingPoints) {
        expect(p.text).not.toMatch(/tpr\.|\{\w+\}/);
        expect(p.question ?? '').not.toMatch(/tpr\.|\{\w+\}/);
      }
      expect(r.talkingPoints.find((p) => p.rule === 'slipped-deals')!.text).toContain('<b>Acme</b>');
    }
    expect(scope(deals, { lang: 'zh-TW' }).talkingPoints[0]!.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

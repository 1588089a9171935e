import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../lib/agenda/carry-forward';
import { mergeAgenda, toAgendaItems } from '../../../lib/agenda/merge';
import type { TalkingPoint } from '../../../lib/domain/report';
import type { AgendaState } from '../../../lib/domain/views';

const tp = (id: string, category: TalkingPoint['category'] = 'challenge'): TalkingPoint => ({
  rule: id.split(':')[0] ?? id, id, category, priority: 1, text: `text ${id}`, question: null, params: {},
  evidence: { deals: [], values: {} },
});
const state = (period: string, entries: ReturnType<typeof mergeAgenda>, updatedAt = '2026-01-01T00:00:00.000Z'): AgendaState => ({
  owner: 'Maria', period, items: toAgendaItems(entries), notes: '', updatedAt,
});

describe('carry-forward across one-on-ones', () => {
  it('carries unticked points to the next one-on-ones until ticked, keeping where they started', () => {
    // One-on-one 1 (October): two points, one own point; the manager ticks one.
    const oct = mergeAgenda('2026-10', [tp('slipped:a'), tp('big-win:b', 'recognition')], null, []);
    const octSaved = state('2026-10', [
      { ...oct[0]!, done: true }, oct[1]!,
      { id: 'own:1', category: 'own', text: 'Training plan', done: false, since: '2026-10', point: null, own: true },
    ]);
    const dated = [{ agenda: octSaved, start: '2026-10-01' }];

    // One-on-one 2 (November): the unticked engine point and the own point come back.
    const carriedNov = carryForward(dated, '2026-11-01', '2026-11');
    expect(carriedNov.map((i) => i.id).sort()).toEqual(['big-win:b', 'own:1']);
    const nov = mergeAgenda('2026-11', [tp('stalled:c')], null, carriedNov);
    expect(nov.map((e) => [e.id, e.since, e.own])).toEqual([
      ['stalled:c', '2026-11', false], ['big-win:b', '2026-10', false], ['own:1', '2026-10', true],
    ]);
    // The manager ticks the own point only and leaves the rest.
    const novSaved = state('2026-11', nov.map((e) => (e.id === 'own:1' ? { ...e, done: true } : e)));
    dated.push({ agenda: novSaved, start: '2026-11-01' });

    // One-on-one 3 (December): big-win still open since October, stalled since November; own point gone.
    const carriedDec = carryForward(dated, '2026-12-01', '2026-12');
    expect(carriedDec.map((i) => [i.id, i.since]).sort()).toEqual([['big-win:b', '2026-10'], ['stalled:c', '2026-11']]);
    expect(carriedDec.every((i) => !i.done)).toBe(true);
  });

  it('never carries backwards or from the same period, and a recurring point keeps its first period', () => {
    const dec = state('2026-12', mergeAgenda('2026-12', [tp('x:1')], null, []));
    expect(carryForward([{ agenda: dec, start: '2026-12-01' }], '2026-11-01', '2026-11')).toEqual([]);
    expect(carryForward([{ agenda: dec, start: '2026-12-01' }], '2026-12-01', '2026-12')).toEqual([]);
    const carried = carryForward([{ agenda: dec, start: '2026-12-01' }], '2027-01-01', '2027-01');
    const jan = mergeAgenda('2027-01', [tp('x:1')], null, carried);
    expect(jan).toHaveLength(1);
    expect(jan[0]).toMatchObject({ id: 'x:1', since: '2026-12', done: false });
    expect(jan[0]?.point).not.toBeNull();
  });

  it('the stored agenda of the period wins over carried state', () => {
    const carried = [{ id: 'x:1', text: 'old', category: 'challenge', done: false, since: '2026-10' }];
    const stored: AgendaState = { owner: 'Maria', period: '2026-11', items: [{ ...carried[0]!, done: true }], notes: 'n', updatedAt: null };
    const out = mergeAgenda('2026-11', [], stored, carried);
    expect(out).toEqual([{ id: 'x:1', category: 'challenge', text: 'old', done: true, since: '2026-10', point: null, own: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '../../../lib/agenda/entry';
import { escapeMarkdown, formatAgendaMarkdown, formatAgendaText, type AgendaLabels } from '../../../lib/agenda/format';
import type { TalkingPoint } from '../../../lib/domain/report';

const labels: AgendaLabels = {
  title: 'One-on-one: Maria Chen, 2026-11',
  category: (c) => ({ challenge: 'Challenges', recognition: 'Recognition', own: 'Your points' })[c] ?? c,
  question: 'Ask',
  deals: 'Deals',
  notes: 'Notes',
  carriedFrom: (p) => `Carried over from ${p}`,
};
const point: TalkingPoint = {
  rule: 'slipped-deals', id: 'slipped', category: 'challenge', priority: 1, text: '2 deals slipped',
  question: 'What is blocking them?', params: {},
  evidence: {
    deals: ['a', 'b'], values: {},
    dealRefs: [
      { key: 'a', name: 'Acme (renewal)', url: 'https://crm.example.com/deal/1?x=(1)', amount: 1, amountBase: 1, currency: 'USD', closeDate: null, stage: null },
      { key: 'b', name: 'Evil', url: 'javascript:alert(1)', amount: null, amountBase: null, currency: null, closeDate: null, stage: null },
    ],
  },
};
const entries: AgendaEntry[] = [
  { id: 'own:1', category: 'own', text: 'Plan training', done: false, since: '2026-11', point: null, own: true },
  { id: 'slipped', category: 'challenge', text: point.text, done: true, since: '2026-11', point, own: false },
  { id: 'w', category: 'recognition', text: 'Big win', done: false, since: '2026-10', point: null, own: false },
];

describe('agenda formatting', () => {
  it('writes Markdown task lists grouped in category order with links, questions and carried marks', () => {
    expect(formatAgendaMarkdown({ period: '2026-11', entries, notes: 'Line one\nLine two', labels })).toBe([
      '# One-on-one: Maria Chen, 2026-11',
      '',
      '## Challenges',
      '',
      '- [x] 2 deals slipped',
      '  - Deals: [Acme \\(renewal\\)](<https://crm.example.com/deal/1?x=(1)>), Evil',
      '  - Ask: What is blocking them?',
      '',
      '## Recognition',
      '',
      '- [ ] Big win',
      '  - Carried over from 2026-10',
      '',
      '## Your points',
      '',
      '- [ ] Plan training',
      '',
      '## Notes',
      '',
      'Line one',
      'Line two',
      '',
    ].join('\n'));
  });

  it('writes plain text without markup', () => {
    const text = formatAgendaText({ period: '2026-11', entries, notes: '', labels });
    expect(text).toContain('CHALLENGES\n[x] 2 deals slipped\n    Deals: Acme (renewal) <https://crm.example.com/deal/1?x=(1)>, Evil\n    Ask: What is blocking them?');
    expect(text).toContain('[ ] Big win\n    Carried over from 2026-10');
    expect(text).not.toContain('javascript:');
  });

  it('keeps hostile text literal', () => {
    const hostile = '[click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** `code` &lt;\n# heading';
    const e: AgendaEntry = { id: 'own:x', category: 'own', text: hostile, done: false, since: '2026-11', point: null, own: true };
    const md = formatAgendaMarkdown({ period: '2026-11', entries: [e], notes: '# not a heading\n- [x] fake\n<script>alert(1)</script>', labels });
    expect(md).toContain('- [ ] \\[click\\]\\(javascript:alert\\(1\\)\\) \\<img src=x onerror=alert\\(1\\)\\> \\*\\*bold\\*\\* \\`code\\` \\&lt; \\# heading');
    expect(md).toContain('\n\\# not a heading\n\\- \\[x\\] fake\n\\<script\\>alert\\(1\\)\\</script\\>\n');
    expect(md).not.toMatch(/[^\\]<img/);
    // The item text cannot add a line of its own.
    expect(md.split('\n').filter((l) => l.includes('click'))).toHaveLength(1);
    const text = formatAgendaText({ period: '2026-11', entries: [e], notes: '', labels });
    expect(text).toContain('[ ] [click](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** `code` &lt; # heading');
  });

  it('escapes block starts at the beginning of a line only', () => {
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('2026-Q4 up 3.5')).toBe('2026-Q4 up 3.5');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
  });
});

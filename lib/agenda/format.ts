import { httpUrlOrNull } from '../url/http-url';
import { AGENDA_CATEGORIES, type AgendaEntry } from './entry';

/** Localized words the formatter needs; the caller (the popup) fills them with its translator. */
export interface AgendaLabels {
  title: string;
  category: (category: string) => string;
  question: string;
  deals: string;
  notes: string;
  carriedFrom: (period: string) => string;
  /** Optional one-line summary of a point's evidence values (already formatted). */
  evidence?: (entry: AgendaEntry) => string | null;
}

export interface AgendaDoc {
  period: string;
  entries: readonly AgendaEntry[];
  notes: string;
  labels: AgendaLabels;
}

/** Page and user text on one line: no newlines or control characters that could break the layout. */
const oneLine = (s: string): string => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Escapes text so Markdown renders it literally: every character that can start a link, image,
 * HTML tag, emphasis, code or entity is backslash-escaped (CommonMark allows it for all ASCII
 * punctuation), as is anything that would start a block at the beginning of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>|!~&#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=>]|\d+[.)])/gm, (_m, sp: string, mark: string) => `${sp}${mark.replace(/([-+=>.)])$/, '\\$1')}`);
}

function grouped(entries: readonly AgendaEntry[]): [string, AgendaEntry[]][] {
  const known = new Set<string>(AGENDA_CATEGORIES);
  const cats = [...AGENDA_CATEGORIES, ...new Set(entries.map((e) => e.category).filter((c) => !known.has(c)))];
  return cats.map((c) => [c, entries.filter((e) => e.category === c)] as [string, AgendaEntry[]]).filter(([, es]) => es.length > 0);
}

/** The agenda as Markdown (GitHub task lists), safe to paste into any Markdown notes app. */
export function formatAgendaMarkdown(doc: AgendaDoc): string {
  const { labels: l } = doc;
  const md = (s: string) => escapeMarkdown(oneLine(s));
  const lines = [`# ${md(l.title)}`];
  for (const [cat, entries] of grouped(doc.entries)) {
    lines.push('', `## ${md(l.category(cat))}`, '');
    for (const e of entries) {
      lines.push(`- [${e.done ? 'x' : ' '}] ${md(e.text)}`);
      if (e.since !== doc.period) lines.push(`  - ${md(l.carriedFrom(e.since))}`);
      const ev = l.evidence?.(e);
      if (ev) lines.push(`  - ${md(ev)}`);
      const refs = e.point?.evidence.dealRefs ?? [];
      if (refs.length > 0) {
        const links = refs.map((d) => {
          const url = httpUrlOrNull(d.url);
          return url ? `[${md(d.name)}](<${url}>)` : md(d.name);
        });
        lines.push(`  - ${md(l.deals)}: ${links.join(', ')}`);
      }
      if (e.point?.question) lines.push(`  - ${md(l.question)}: ${md(e.point.question)}`);
    }
  }
  const notes = doc.notes.trim();
  if (notes) {
    lines.push('', `## ${md(l.notes)}`, '');
    for (const line of notes.split(/\r?\n/)) lines.push(escapeMarkdown(line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')));
  }
  return `${lines.join('\n')}\n`;
}

/** The agenda as plain text: no markup at all, so nothing needs escaping; URLs are written out. */
export function formatAgendaText(doc: AgendaDoc): string {
  const { labels: l } = doc;
  const lines = [oneLine(l.title)];
  for (const [cat, entries] of grouped(doc.entries)) {
    lines.push('', oneLine(l.category(cat)).toUpperCase());
    for (const e of entries) {
      lines.push(`[${e.done ? 'x' : ' '}] ${oneLine(e.text)}`);
      if (e.since !== doc.period) lines.push(`    ${oneLine(l.carriedFrom(e.since))}`);
      const ev = l.evidence?.(e);
      if (ev) lines.push(`    ${oneLine(ev)}`);
      const refs = e.point?.evidence.dealRefs ?? [];
      if (refs.length > 0) {
        const deals = refs.map((d) => {
          const url = httpUrlOrNull(d.url);
          return url ? `${oneLine(d.name)} <${url}>` : oneLine(d.name);
        });
        lines.push(`    ${oneLine(l.deals)}: ${deals.join(', ')}`);
      }
      if (e.point?.question) lines.push(`    ${oneLine(l.question)}: ${oneLine(e.point.question)}`);
    }
  }
  const notes = doc.notes.trim();
  if (notes) lines.push('', oneLine(l.notes).toUpperCase(), notes);
  return `${lines.join('\n')}\n`;
}

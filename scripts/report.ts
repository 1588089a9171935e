/**
 * `npm run report -- --backup <file> [--today YYYY-MM-DD] [--period <label>] [--rep <owner>]
 *  [--format json|md] [--lang en|zh-TW|zh-CN|ja]` (interfaces.md §3): the popup's engine over a
 * backup file. Exit 0 with the report on stdout; exit 2 with a message on stderr for bad input.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { backupSchema } from '../lib/domain/backup';
import type { Language } from '../lib/domain/settings';
import { createT } from '../lib/i18n/index';
import { buildReport, renderAgenda } from '../lib/report/index';
import { ArgError, parseReportArgs } from './report-args';

function fail(lang: Language, key: string, params: Record<string, string> = {}, usage = false): never {
  const t = createT(lang);
  process.stderr.write(`${t(key, params)}\n${usage ? `${t('report.cli.usage')}\n` : ''}`);
  process.exit(2);
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function main(argv: readonly string[]): void {
  const langArg = argv.find((a, i) => argv[i - 1] === '--lang' || a.startsWith('--lang='))?.replace(/^--lang=/, '');
  const fallbackLang: Language = langArg === 'zh-TW' || langArg === 'zh-CN' || langArg === 'ja' ? langArg : 'en';
  let args;
  try {
    args = parseReportArgs(argv);
  } catch (e) {
    if (e instanceof ArgError) fail(fallbackLang, e.key, e.params, true);
    throw e;
  }
  const { lang } = args;
  let text: string;
  try {
    text = readFileSync(args.backup, 'utf8');
  } catch (e) {
    fail(lang, 'report.cli.readFailed', { file: args.backup, message: (e as Error).message });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(lang, 'report.cli.notJson', { file: args.backup, message: (e as Error).message });
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) fail(lang, 'report.cli.invalid', { file: args.backup, details: z.prettifyError(parsed.error) });
  const backup = parsed.data;
  if (args.rep !== null && !backup.deals.some((d) => d.owner?.trim() === args.rep!.trim())) {
    const owners = [...new Set(backup.deals.map((d) => d.owner?.trim()).filter((o): o is string => !!o))].sort().join(', ');
    fail(lang, 'report.cli.unknownRep', { rep: args.rep, owners });
  }
  let report;
  try {
    report = buildReport(backup, { today: args.today ?? localToday(), period: args.period ?? undefined, owner: args.rep, lang });
  } catch (e) {
    if (e instanceof RangeError) fail(lang, 'common.error', { message: e.message });
    throw e;
  }
  process.stdout.write(args.format === 'md' ? renderAgenda(report, lang) : `${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv.slice(2));

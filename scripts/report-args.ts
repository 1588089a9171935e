import { isIsoDate } from '../lib/periods/dates';
import { LANGUAGES, type Language } from '../lib/domain/settings';

export interface ReportArgs {
  backup: string;
  today: string | null;
  period: string | null;
  rep: string | null;
  format: 'json' | 'md';
  lang: Language;
}

/** A usage error: message key + params of the `report.cli` messages. */
export class ArgError extends Error {
  constructor(readonly key: string, readonly params: Record<string, string> = {}) {
    super(key);
  }
}

const OPTIONS = new Set(['--backup', '--today', '--period', '--rep', '--format', '--lang']);

/** Parses `--name value` and `--name=value`. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const got = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (!OPTIONS.has(name)) throw new ArgError('report.cli.unknownOption', { option: a });
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new ArgError('report.cli.missingValue', { option: name });
    got.set(name, value);
  }
  const lang = got.get('--lang') ?? 'en';
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new ArgError('report.cli.badLang', { value: lang });
  const backup = got.get('--backup');
  if (!backup) throw new ArgError('report.cli.missingBackup');
  const today = got.get('--today') ?? null;
  if (today !== null && !isIsoDate(today)) throw new ArgError('report.cli.badDate', { value: today });
  const format = got.get('--format') ?? 'json';
  if (format !== 'json' && format !== 'md') throw new ArgError('report.cli.badFormat', { value: format });
  return { backup, today, period: got.get('--period') ?? null, rep: got.get('--rep') ?? null, format, lang: lang as Language };
}
